package org.moralbase.stats.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceComparisonTest {

    // Outside tool: Python 3 with NumPy 2.4.6 and SciPy 1.17.1,
    // src/test/resources/reference/choice_comparison_reference.py (output beside it in
    // choice_comparison_reference.txt), which states the definitions (q = (k + 1/2)/(n + 1) as an exact Fraction,
    // the human share not smoothed, 0 log 0 = 0) and computes KL(p || q) as scipy.special.rel_entr(p, q)
    // + rel_entr(1 - p, 1 - q), checked against scipy.stats.entropy([p, 1 - p], [q, 1 - q]). Columns: humanA, humanB,
    // modelA, modelB, then SciPy's human share, model share, smoothed q, KL in nats and agreement (1 = agree,
    // 0 = disagree); NA = none. Tolerance 1e-12 absolute (double arithmetic on both sides).
    private static final double NA = Double.NaN;
    private static final double[][] SCIPY_ITEMS = {
        {37, 13, 7, 3, 0.74, 0.7, 0.6818181818181818, 0.008091748656878534, 1},
        {5, 45, 9, 1, 0.1, 0.9, 0.8636363636363636, 1.482764522248925, 0},
        {20, 0, 0, 10, 1.0, 0.0, 0.045454545454545456, 3.091042453358316, 0},
        {0, 8, 0, 10, 0.0, 0.0, 0.045454545454545456, 0.04652001563489282, 1},
        {12, 12, 6, 4, 0.5, 0.6, 0.5909090909090909, 0.016808305399492504, NA},
        {3, 9, 5, 5, 0.25, 0.5, 0.5, 0.13081203594113697, NA},
        {7, 2, 0, 0, 0.7777777777777778, NA, 0.5, NA, NA},
        {0, 0, 3, 1, NA, 0.75, 0.7, NA, NA},
        {1, 0, 1, 0, 1.0, 1.0, 0.75, 0.2876820724517809, 1},
        {1000, 1, 50, 0, 0.999000999000999, 1.0, 0.9901960784313726, 0.006562451692204988, 1},
        {2, 2, 0, 4, 0.5, 0.0, 0.1, 0.5108256237659906, NA},
        {0, 3, 40, 0, 0.0, 1.0, 0.9878048780487805, 4.4067192472642525, 0},
    };

    @Test
    void itemFiguresMatchScipy() {
        for (double[] r : SCIPY_ITEMS) {
            ItemComparison item = ChoiceComparison.item(counts(r));
            String row = Arrays.toString(Arrays.copyOf(r, 4));
            assertNullable(item.humanShareA(), r[4], row + " human share");
            assertNullable(item.modelShareA(), r[5], row + " model share");
            assertThat(item.smoothedModelShareA()).as(row + " q").isCloseTo(r[6], within(1e-12));
            assertNullable(item.divergence(), r[7], row + " KL divergence");
            Double agrees = item.agrees() == null ? null : item.agrees() ? 1.0 : 0.0;
            assertNullable(agrees, r[8], row + " agrees");
        }
    }

    @Test
    void summaryMatchesScipy() {
        // Python: items=10 majorityItems=7 tiedItems=3 agreementRate=0.5714285714285714
        // meanDivergence=0.998782847641387
        ModelAgreement summary = ChoiceComparison.summary(
                Arrays.stream(SCIPY_ITEMS).map(ChoiceComparisonTest::counts).toList());
        assertThat(summary.items()).isEqualTo(10);
        assertThat(summary.majorityItems()).isEqualTo(7);
        assertThat(summary.tiedItems()).isEqualTo(3);
        assertThat(summary.agreementRate()).isCloseTo(0.5714285714285714, within(1e-12));
        assertThat(summary.meanDivergence()).isCloseTo(0.998782847641387, within(1e-12));
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
    void aModelSampledFourOrFortyTimesIsSmoothedTheSameWay() {
        // by hand: always A, 4 samples q = 4.5/5 = 0.9; 40 samples q = 40.5/41 = 0.987805 (Laplace would give 5/6)
        assertThat(ChoiceComparison.jeffreys(4, 4)).isEqualTo(0.9);
        assertThat(ChoiceComparison.jeffreys(40, 40)).isCloseTo(40.5 / 41, within(1e-15));
        assertThat(ChoiceComparison.jeffreys(0, 0)).isEqualTo(0.5);
        // humans all A: KL = ln(1/q); 4 samples ln(1/0.9) = 0.105361
        assertThat(ChoiceComparison.item(new ChoiceCounts(3, 0, 4, 0)).divergence())
                .isCloseTo(0.105361, within(1e-6));
    }

    @Test
    void theSummaryAveragesDivergenceAndCountsTiesApart() {
        // item 1: humans 2A/0B p=1, model 3A/1B q=3.5/5=0.7: KL = ln(1/0.7) = 0.356675; A,A agree
        // item 2: humans 0A/2B p=0, model 3A/1B q=0.7: KL = ln(1/0.3) = 1.203973; B,A disagree
        // item 3: humans 1A/1B p=0.5 (tie), model 0A/2B q=0.5/3: KL = .5 ln(.5/(1/6)) + .5 ln(.5/(5/6)) = 0.293893
        // item 4: no model answers -> left out of everything
        // mean = (0.356675 + 1.203973 + 0.293893) / 3 = 0.618180; agreement 1/2 over 2 majority items, 1 tie
        ModelAgreement summary = ChoiceComparison.summary(List.of(
                new ChoiceCounts(2, 0, 3, 1),
                new ChoiceCounts(0, 2, 3, 1),
                new ChoiceCounts(1, 1, 0, 2),
                new ChoiceCounts(5, 0, 0, 0)));
        assertThat(summary.items()).isEqualTo(3);
        assertThat(summary.majorityItems()).isEqualTo(2);
        assertThat(summary.tiedItems()).isEqualTo(1);
        assertThat(summary.agreementRate()).isEqualTo(0.5);
        assertThat(summary.meanDivergence()).isCloseTo(0.618180, within(1e-6));
    }

    @Test
    void nothingToCompareGivesEmptyFigures() {
        ModelAgreement summary = ChoiceComparison.summary(List.of(new ChoiceCounts(0, 0, 2, 1)));
        assertThat(summary.items()).isZero();
        assertThat(summary.agreementRate()).isNull();
        assertThat(summary.meanDivergence()).isNull();
        assertThat(ChoiceComparison.item(new ChoiceCounts(0, 0, 2, 1)).divergence())
                .isNull();
    }

    @Test
    void aProbabilityOfZeroOrOneForTheModelIsRefused() {
        assertThatThrownBy(() -> ChoiceComparison.klDivergence(0.5, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChoiceCounts(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunIsBalancedWhenEachOrderHoldsFortyToSixtyPercentAndEveryOrderIsKnown() {
        assertThat(new OrderBalance(5, 5, 0).balanced()).isTrue();
        assertThat(new OrderBalance(4, 6, 0).balanced()).isTrue();
        assertThat(new OrderBalance(3, 7, 0).balanced()).isFalse();
        assertThat(new OrderBalance(5, 5, 1).balanced()).isFalse();
        assertThat(new OrderBalance(0, 0, 0).balanced()).isFalse();
        assertThat(new OrderBalance(3, 1, 0).shareAB()).isEqualTo(0.75);
        assertThat(new OrderBalance(3, 1, 0).describe()).isEqualTo("AB 75% · BA 25%");
        assertThat(new OrderBalance(0, 0, 12).describe()).isEqualTo("order not recorded (12)");
        assertThat(new OrderBalance(3, 1, 0).plus(new OrderBalance(1, 3, 0)).balanced())
                .isTrue();
    }
}
