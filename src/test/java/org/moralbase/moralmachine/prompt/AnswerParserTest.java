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

    @Test
    void twoOptionAnswersNameOptionAOrOptionBAsWholeWords() {
        assertThat(AnswerParser.parseOptions("Option A").chosenCase()).isEqualTo(1);
        assertThat(AnswerParser.parseOptions("optionb.").chosenCase()).isEqualTo(2);
        assertThat(AnswerParser.parseOptions("I would pick OPTION B, because it is kinder.")
                        .chosenCase())
                .isEqualTo(2);
        assertThat(AnswerParser.parseOptions("<think>Option A looks tempting</think>\nOption B")
                        .chosenCase())
                .isEqualTo(2);
        // neither, both, or only a word that starts like an option: invalid, raw text kept
        assertThat(AnswerParser.parseOptions("Option A or Option B").valid()).isFalse();
        assertThat(AnswerParser.parseOptions("The option about honesty").valid())
                .isFalse();
        assertThat(AnswerParser.parseOptions("B").valid()).isFalse();
        assertThat(AnswerParser.parseOptions("Case 1").valid()).isFalse();
        assertThat(AnswerParser.parseOptions(null).raw()).isEmpty();
    }
}
