package org.moralbase.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesCardPromptsTest {

    private final ValuesCardPrompts prompts = new ValuesCardPrompts(null, null, null, null);

    @Test
    void anAnswerNamesOneOptionOrIsUnreadable() {
        assertThat(prompts.chosenPosition("Option A")).isEqualTo(1);
        assertThat(prompts.chosenPosition("<think>option a?</think> Option B.")).isEqualTo(2);
        assertThat(prompts.chosenPosition("Option A or Option B")).isZero();
        assertThat(prompts.chosenPosition("Yes")).isZero();
    }

    @Test
    void asWrittenOptionAIsWiserAndSwappedItIsNot() {
        String written = ValuesCardPrompts.TEMPLATE.formatted(
                "Q?", "calm", "X", "Y", ValuesCardPrompts.WISER, ValuesCardPrompts.NOT_WISER);
        assertThat(written)
                .contains("Context: calm")
                .contains("Option A: Yes, value Y is wiser.")
                .contains("Option B: No, value Y is not wiser.");
        assertThat(ValuesCardPrompts.itemKey(12, 34, 1)).isEqualTo("vc:12:34:1");
    }
}
