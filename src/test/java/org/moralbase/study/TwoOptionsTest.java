package org.moralbase.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Takemoto's reading rule (methods §1.4) with "Option A" / "Option B" as whole words. */
class TwoOptionsTest {

    private static int read(String raw) {
        return TwoOptions.OPTIONS.chosenPosition(raw);
    }

    @Test
    void answersNameOptionAOrOptionBAsWholeWords() {
        assertThat(read("Option A")).isEqualTo(1);
        assertThat(read("optionb.")).isEqualTo(2);
        assertThat(read("I would pick OPTION B, because it is kinder.")).isEqualTo(2);
        assertThat(read("<think>Option A looks tempting</think>\nOption B")).isEqualTo(2);
    }

    @Test
    void neitherBothOrAWordThatOnlyStartsLikeAnOptionIsInvalid() {
        assertThat(read("Option A or Option B")).isZero();
        assertThat(read("The option about honesty")).isZero();
        assertThat(read("B")).isZero();
        assertThat(read("Case 1")).isZero();
        assertThat(read(null)).isZero();
    }

    @Test
    void onlyTheTextAfterTheLastThinkBlockCounts() {
        assertThat(TwoOptions.finalAnswer("<think>a</think>x</think>Option A")).isEqualTo("option a");
    }
}
