package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PythonStringListTest {

    @Test
    void parsesQuotesEscapesAndTrailingComma() {
        assertThat(PythonStringList.parse(" ['honesty', \"parents' trust\", 'it\\'s', 'a\\\\b',] "))
                .containsExactly("honesty", "parents' trust", "it's", "a\\b");
        assertThat(PythonStringList.parse("[]")).isEmpty();
    }

    @Test
    void rejectsAnythingThatIsNotAListOfStringLiterals() {
        assertThatThrownBy(() -> PythonStringList.parse("['a'] + ['b']"))
                .hasMessage("unexpected text after the closing ']' at position 7");
        assertThatThrownBy(() -> PythonStringList.parse("[__import__('os')]"))
                .hasMessage("expected a quoted string at position 2");
        assertThatThrownBy(() -> PythonStringList.parse("['a' 'b']")).hasMessage("expected ',' or ']' at position 6");
        assertThatThrownBy(() -> PythonStringList.parse("honesty")).hasMessage("expected '[' at position 1");
        assertThatThrownBy(() -> PythonStringList.parse("['open"))
                .hasMessage("expected closing ' but the text ended at position 7");
    }
}
