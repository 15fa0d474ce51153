package org.moralbase.models.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.moralbase.models.RunRequest;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.moralbase.study.TwoOptions;

/** A run under a condition (decision 0028): the condition's text as the system message, and a reasoning-first read. */
class RunConditionReadingTest {

    private static final ModelItems OPTIONS = new ModelItems() {
        @Override
        public boolean swappable() {
            return true;
        }

        @Override
        public java.util.List<AskableItem> items(long studyId, Map<String, String> settings, long seed) {
            return java.util.List.of();
        }

        @Override
        public int chosenPosition(String raw) {
            return TwoOptions.OPTIONS.chosenPosition(raw);
        }

        @Override
        public String answerWords() {
            return "'Option A' or 'Option B'";
        }
    };

    private static ModelRun run(Map<String, String> settings) {
        return ModelRun.asked(1, 2, "CHOICE_PAIR", RunPlans.json(settings), 3, 1, 1, 1, false, 1, 1, Instant.EPOCH);
    }

    @Test
    void theConditionsTextComesFirstInTheSystemMessageAndStandsAloneWithoutOne() {
        AskableItem withSystem = new AskableItem("k", "Answer with A or B.", "Which?", "Which, swapped?", "kept");
        AskableItem under = RunPlans.underCondition(withSystem, "You are a farmer.");
        assertThat(under.system()).isEqualTo("You are a farmer.\n\nAnswer with A or B.");
        assertThat(under)
                .extracting(AskableItem::key, AskableItem::asWritten, AskableItem::swapped, AskableItem::shown)
                .containsExactly("k", "Which?", "Which, swapped?", "kept");
        assertThat(RunPlans.underCondition(new AskableItem("k", null, "Which?", null), "Persona.")
                        .system())
                .isEqualTo("Persona.");
    }

    @Test
    void aReasoningFirstConditionReadsOnlyTheLastLineAndOthersTheWholeAnswer() {
        String reasoned = "Option A protects more people, but Option B keeps the promise.\n\nOption B\n";
        ToIntBiFunction<AskableItem, String> wholeAnswer = RunPlans.reader(run(Map.of()), OPTIONS);
        ToIntBiFunction<AskableItem, String> lastLineOnly =
                RunPlans.reader(run(Map.of(RunRequest.READ_LAST_LINE, "true")), OPTIONS);
        AskableItem item = new AskableItem("k", null, "Which?", "Which, swapped?");
        ToIntFunction<String> whole = raw -> wholeAnswer.applyAsInt(item, raw);
        ToIntFunction<String> lastLine = raw -> lastLineOnly.applyAsInt(item, raw);
        assertThat(whole.applyAsInt(reasoned)).isZero(); // both options named: unreadable by the strict rule
        assertThat(lastLine.applyAsInt(reasoned)).isEqualTo(2);
        assertThat(lastLine.applyAsInt("<think>Option A? Option B?</think>\nOption A"))
                .isEqualTo(1);
        assertThat(lastLine.applyAsInt("Option A or Option B, I cannot say")).isZero();
        assertThat(lastLine.applyAsInt("")).isZero();
    }
}
