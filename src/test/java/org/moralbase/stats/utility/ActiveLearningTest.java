package org.moralbase.stats.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One active-learning round as their {@code generate_additional_pairs} chooses it, worked by hand. Percentiles are
 * NumPy's linear default, checked against NumPy 2.4.6 on this machine: {@code numpy.percentile([0.5, 0.9, 1.0, 2.5,
 * 2.9], q)} for q = 10, 33.75, 50.625 prints 0.66, 0.935, 1.0374999999999999, and {@code numpy.percentile([2, 3, 3,
 * 3, 3], 20)} prints 2.8; tolerance 1e-12.
 */
class ActiveLearningTest {

    /** Five outcomes asked around a cycle; the five unasked pairs all have degree sum 4. */
    private static final Set<Pair> CYCLE =
            Set.of(new Pair(0, 1), new Pair(1, 2), new Pair(2, 3), new Pair(3, 4), new Pair(0, 4));

    /** |Δμ| of the unasked pairs: (0,2) 0.5, (1,3) 0.9, (0,3) 1.0, (2,4) 2.5, (1,4) 2.9. */
    private static final double[] MEAN = {0, 0.1, 0.5, 1.0, 3.0};

    @Test
    void percentilesAreNumpysLinearOnes() {
        double[] sorted = {0.5, 0.9, 1.0, 2.5, 2.9};
        assertThat(ActiveLearning.percentile(sorted, 10)).isCloseTo(0.66, within(1e-12));
        assertThat(ActiveLearning.percentile(sorted, 33.75)).isCloseTo(0.935, within(1e-12));
        assertThat(ActiveLearning.percentile(sorted, 50.625)).isCloseTo(1.0374999999999999, within(1e-12));
        assertThat(ActiveLearning.percentile(new double[] {2, 3, 3, 3, 3}, 20)).isCloseTo(2.8, within(1e-12));
        assertThat(ActiveLearning.percentile(sorted, 100)).isEqualTo(2.9);
        assertThat(ActiveLearning.percentile(new double[] {4}, 20)).isEqualTo(4);
    }

    @Test
    void theSmallestDifferencesComeFirstAndPAndQGrowWhenTooFew() {
        // P = 10: cut 0.66, only (0, 2)
        assertThat(ActiveLearning.nextPairs(MEAN, CYCLE, 1, new Random(1))).containsExactly(new Pair(0, 2));
        // two wanted: P 15 (cut 0.74), 22.5 (0.86) still one; 33.75 (0.935) adds (1, 3)
        assertThat(ActiveLearning.nextPairs(MEAN, CYCLE, 2, new Random(1)))
                .containsExactlyInAnyOrder(new Pair(0, 2), new Pair(1, 3));
        // three: the fifth try, P 50.625 (rank 2.025: cut 1.0375), adds (0, 3)
        assertThat(ActiveLearning.nextPairs(MEAN, CYCLE, 3, new Random(1)))
                .containsExactlyInAnyOrder(new Pair(0, 2), new Pair(1, 3), new Pair(0, 3));
        // four: still three after five tries; the fourth is drawn from the rest
        List<Pair> four = ActiveLearning.nextPairs(MEAN, CYCLE, 4, new Random(1));
        assertThat(four).hasSize(4).startsWith(four.get(0)).doesNotHaveDuplicates();
        assertThat(four.subList(0, 3)).containsExactlyInAnyOrder(new Pair(0, 2), new Pair(1, 3), new Pair(0, 3));
        assertThat(four.get(3)).isIn(new Pair(2, 4), new Pair(1, 4));
    }

    @Test
    void theLeastAskedOutcomesComeFirst() {
        // equal μ: every difference 0 passes; degrees 0:4, 1:2, 2:2, 3:1, 4:1 give sums (1,3) (1,4) (2,3) (2,4) 3 and
        // (3,4) 2; Q = 20 over [2, 3, 3, 3, 3]: rank 0.8, cut 2.8
        Set<Pair> asked = Set.of(new Pair(0, 1), new Pair(0, 2), new Pair(0, 3), new Pair(0, 4), new Pair(1, 2));
        assertThat(ActiveLearning.nextPairs(new double[5], asked, 1, new Random(7)))
                .containsExactly(new Pair(3, 4));
    }

    @Test
    void nothingLeftGivesNothing() {
        Set<Pair> all = Set.of(new Pair(0, 1), new Pair(0, 2), new Pair(1, 2));
        assertThat(ActiveLearning.nextPairs(new double[3], all, 5, new Random(1)))
                .isEmpty();
    }
}
