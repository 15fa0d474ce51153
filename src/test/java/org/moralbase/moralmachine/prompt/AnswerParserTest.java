package org.moralbase.moralmachine.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.Side;

class AnswerParserTest {

    @Test
    void plainAnswersInAnyCaseAndSpacing() {
        assertThat(AnswerParser.parse("Case 1").chosenCase()).isEqualTo(1);
        assertThat(AnswerParser.parse("CASE 2.").chosenCase()).isEqualTo(2);
        assertThat(AnswerParser.parse("case2").chosenCase()).isEqualTo(2);
        assertThat(AnswerParser.parse("I choose case\t1 because…").chosenCase()).isEqualTo(1);
        assertThat(AnswerParser.parse("Case  1").valid()).isFalse(); // \s? allows one whitespace only
    }

    @Test
    void onlyTheTextAfterTheLastThinkBlockCounts() {
        ParsedAnswer a = AnswerParser.parse("<think>Case 1 kills fewer... but Case 2</think>\n\nCase 2");
        assertThat(a.chosenCase()).isEqualTo(2);
        assertThat(a.finalAnswer()).isEqualTo("\n\ncase 2");
        assertThat(AnswerParser.parse("<think>a</think>case 2<THINK>b</THINK> Case 1")
                        .chosenCase())
                .isEqualTo(1);
        assertThat(AnswerParser.parse("<think>Case 1 is better</think>").valid())
                .isFalse();
    }

    @Test
    void bothNeitherOrEmptyAreInvalidAndKeepTheRawText() {
        ParsedAnswer both = AnswerParser.parse("Case 1 or Case 2");
        assertThat(both.valid()).isFalse();
        assertThat(both.chosenCase()).isZero();
        assertThat(both.raw()).isEqualTo("Case 1 or Case 2");
        ParsedAnswer refusal = AnswerParser.parse("I cannot make this decision.");
        assertThat(refusal.valid()).isFalse();
        assertThat(refusal.raw()).isEqualTo("I cannot make this decision.");
        assertThat(AnswerParser.parse("").valid()).isFalse();
        assertThat(AnswerParser.parse(null).raw()).isEmpty();
        assertThatThrownBy(refusal::chosenSide).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void choosingACaseMeansItsDeathsHappen() {
        ParsedAnswer a = AnswerParser.parse("Case 1");
        assertThat(a.chosenSide()).isEqualTo(Side.LEFT);
        assertThat(a.savedSide()).isEqualTo(Side.RIGHT);
    }
}
