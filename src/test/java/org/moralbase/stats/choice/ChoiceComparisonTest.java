package org.moralbase.stats.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceComparisonTest {

    // Outside tool: R 4.2.2, base R, src/test/r/choice_comparison_reference.R, which states the definitions
    // (the model share Laplace-smoothed to (k + 1)/(n + 2) in the cross-entropy and nothing else smoothed or
    // clipped; 0·ln q = 0) and computes H a second way, as the mean negative log-likelihood of the human answers
    // under Bernoulli(q) with dbinom. Columns: humanA, humanB, modelA, modelB, then R's human share, model share,
    // smoothed q, H in nats and agreement (1 = agree, 0 = disagree); NaN stands for R's NA. Tolerance 1e-12
    // absolute (the same double arithmetic; 0 and 1 exactly).
    private static final double NA = Double.NaN;
    private static final double[][] R_ITEMS = {
        {37, 13, 7, 3, 0.73999999999999999, 0.69999999999999996, 0.66666666666666663, 0.58568337505375023, 1},
        {5, 45, 9, 1, 0.10000000000000001, 0.90000000000000002, 0.83333333333333337, 1.630815677984645, 0},
        {20, 0, 0, 10, 1, 0, 0.083333333333333329, 2.4849066497880004, 0},
        {0, 8, 0, 10, 0, 0, 0.083333333333333329, 0.08701137698962981, 1},
        {12, 12, 6, 4, 0.5, 0.59999999999999998, 0.58333333333333337, 0.70723261904329349, NA},
        {3, 9, 5, 5, 0.25, 0.5, 0.5, 0.69314718055994529, NA},
        {7, 2, 0, 0, 0.77777777777777779, NA, 0.5, NA, NA},
        {0, 0, 3, 1, NA, 0.75, 0.66666666666666663, NA, NA},
        {1, 0, 1, 0, 1, 1, 0.66666666666666663, 0.40546510810816444, 1},
        {1000, 1, 50, 0, 0.99900099900099903, 1, 0.98076923076923073, 0.023345983592090828, 1}
    };

    @Test
    void itemFiguresMatchR() {
        for (double[] r : R_ITEMS) {
            ItemComparison item = ChoiceComparison.item(counts(r));
            String row = Arrays.toString(Arrays.copyOf(r, 4));
            assertNullable(item.humanShareA(), r[4], row + " human share");
            assertNullable(item.modelShareA(), r[5], row + " model share");
            assertThat(item.smoothedModelShareA()).as(row + " q").isCloseTo(r[6], within(1e-12));
            assertNullable(item.crossEntropy(), r[7], row + " cross-entropy");
            Double agrees = item.agrees() == null ? null : item.agrees() ? 1.0 : 0.0;
            assertNullable(agrees, r[8], row + " agrees");
        }
    }

    @Test
    void summaryMatchesR() {
        // R: items=8 majorityItems=6 agreementRate=0.66666666666666663 meanCrossEntropy=0.82720099638993994
        ModelAgreement summary = ChoiceComparison.summary(
                Arrays.stream(R_ITEMS).map(ChoiceComparisonTest::counts).toList());
        assertThat(summary.items()).isEqualTo(8);
        assertThat(summary.majorityItems()).isEqualTo(6);
        assertThat(summary.agreementRate()).isCloseTo(0.66666666666666663, within(1e-12));
        assertThat(summary.meanCrossEntropy()).isCloseTo(0.82720099638993994, within(1e-12));
    }

    private static ChoiceCounts counts(double[] r) {
        return new ChoiceCounts((int) r[0], (int) r[1], (int) r[2], (int) r[3]);
    }

    private static void assertNullable(Double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void anItemGivesTheRawShareTheSmoothedShareAndTheCrossEntropy() {
        // humans 3 A / 1 B: p = 0.75; model 2 A / 2 B: share 0.5, q = (2+1)/(4+2) = 0.5
        // H = -(0.75 ln 0.5 + 0.25 ln 0.5) = ln 2 = 0.693147; majorities A vs tie -> no agreement verdict
        ItemComparison item = ChoiceComparison.item(new ChoiceCounts(3, 1, 2, 2));
        assertThat(item.humanShareA()).isEqualTo(0.75);
        assertThat(item.modelShareA()).isEqualTo(0.5);
        assertThat(item.smoothedModelShareA()).isEqualTo(0.5);
        assertThat(item.crossEntropy()).isCloseTo(0.693147, within(1e-6));
        assertThat(item.agrees()).isNull();
    }

    @Test
    void aModelThatAlwaysChoseOneOptionStillHasAFiniteCrossEntropy() {
        // humans 1 A / 1 B: p = 0.5; model 4 A / 0 B: share 1, q = 5/6
        // H = -(0.5 ln(5/6) + 0.5 ln(1/6)) = -(0.5 * -0.182322 + 0.5 * -1.791759) = 0.987041
        ItemComparison item = ChoiceComparison.item(new ChoiceCounts(1, 1, 4, 0));
        assertThat(item.modelShareA()).isEqualTo(1.0);
        assertThat(item.smoothedModelShareA()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(item.crossEntropy()).isCloseTo(0.987041, within(1e-6));
    }

    @Test
    void theSummaryAveragesCrossEntropyAndLeavesTiesOutOfTheAgreementRate() {
        // item 1: humans 2A/0B p=1, model 3A/1B q=4/6=0.666667: H = -ln(2/3) = 0.405465; majorities A,A agree
        // item 2: humans 0A/2B p=0, model 3A/1B q=2/3: H = -ln(1/3) = 1.098612; majorities B,A disagree
        // item 3: humans 1A/1B p=0.5 (tie), model 0A/2B q=1/4: H = -(0.5 ln .25 + 0.5 ln .75) = 0.836988
        // item 4: no model answers -> left out of everything
        // mean H = (0.405465 + 1.098612 + 0.836988) / 3 = 0.780355; agreement 1/2 = 0.5 over 2 majority items
        ModelAgreement summary = ChoiceComparison.summary(List.of(
                new ChoiceCounts(2, 0, 3, 1),
                new ChoiceCounts(0, 2, 3, 1),
                new ChoiceCounts(1, 1, 0, 2),
                new ChoiceCounts(5, 0, 0, 0)));
        assertThat(summary.items()).isEqualTo(3);
        assertThat(summary.majorityItems()).isEqualTo(2);
        assertThat(summary.agreementRate()).isEqualTo(0.5);
        assertThat(summary.meanCrossEntropy()).isCloseTo(0.780355, within(1e-6));
    }

    @Test
    void nothingToCompareGivesEmptyFigures() {
        ModelAgreement summary = ChoiceComparison.summary(List.of(new ChoiceCounts(0, 0, 2, 1)));
        assertThat(summary.items()).isZero();
        assertThat(summary.agreementRate()).isNull();
        assertThat(summary.meanCrossEntropy()).isNull();
        assertThat(ChoiceComparison.item(new ChoiceCounts(0, 0, 2, 1)).crossEntropy())
                .isNull();
    }

    @Test
    void aProbabilityOfZeroOrOneForTheModelIsRefused() {
        assertThatThrownBy(() -> ChoiceComparison.crossEntropy(0.5, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChoiceCounts(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
