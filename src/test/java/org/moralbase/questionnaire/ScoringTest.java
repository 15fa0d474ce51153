package org.moralbase.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.questionnaire.format.Scales;

/** Scores worked by hand (the arithmetic is in the comments). */
class ScoringTest {

    private static final List<ItemRow> BANK = List.of(
            new ItemRow("a", "A", Scales.AGREE5, "s", false, null, null),
            new ItemRow("b", "B", Scales.AGREE5, "s", true, null, null),
            new ItemRow("c", "Choose 4", Scales.AGREE5, null, false, null, 4));

    @Test
    void reverseKeyedItemsAreReversedAndAttentionItemsNeverScored() {
        // person 1: a=4, b=2 (reversed 1+5-2=4) → 4; person 2: a=2, b=5 (reversed 1) → 1.5
        List<Map<String, Integer>> people = List.of(Map.of("a", 4, "b", 2, "c", 4), Map.of("a", 2, "b", 5, "c", 4));
        // the model: a answered 5 twice, b answered 1 once (reversed 5) and one unreadable answer
        int[] a = {0, 0, 0, 0, 0, 2};
        int[] b = {1, 1, 0, 0, 0, 0};
        QuestionnaireReport report = Scoring.report(BANK, people, 1, Map.of("m", Map.of("a", a, "b", b)));
        SubscaleScores s = report.subscales().getFirst();
        assertThat(report.subscales()).hasSize(1);
        assertThat(s.items()).isEqualTo(2);
        assertThat(s.people().mean()).isCloseTo(2.75, within(1e-12)); // (4 + 1.5) / 2
        assertThat(s.people().sd()).isCloseTo(Math.sqrt(2 * 1.25 * 1.25), within(1e-12)); // deviations ±1.25, n−1 = 1
        assertThat(s.models().get("m").mean()).isCloseTo(5.0, within(1e-12)); // 5, 5, 5
        assertThat(s.models().get("m").n()).isEqualTo(3);
        assertThat(s.reliability()).isNull(); // wired by the integrator

        ItemScores itemA = report.items().getFirst();
        assertThat(itemA.people()).containsExactly(0, 1, 0, 1, 0);
        assertThat(itemA.peopleMean()).isCloseTo(3.0, within(1e-12));
        assertThat(itemA.models().get("m").meanDifference()).isCloseTo(2.0, within(1e-12)); // 5 − 3
        ItemScores itemB = report.items().get(1);
        assertThat(itemB.peopleMean()).isCloseTo(3.5, within(1e-12)); // as answered: (2 + 5) / 2
        assertThat(itemB.models().get("m").unreadable()).isEqualTo(1);
        assertThat(report.items().get(2).attention()).isTrue();
        assertThat(report.people()).isEqualTo(2);
        assertThat(report.screenedOut()).isEqualTo(1);
    }
}
