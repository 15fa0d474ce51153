package org.moralbase.stats.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The coherence metrics against direct computations by hand (in the comments). */
class CoherenceMetricsTest {

    @Test
    void aCycleIsTheProbabilityOfEitherCircularOrderOverTheClosedTriads() {
        // P(0≻1) = .8, P(1≻2) = .7, P(0≻2) = .4 (given as 2≻0 = .6):
        // P(cycle) = P(0≻1)P(1≻2)P(2≻0) + P(1≻0)P(2≻1)P(0≻2) = .8·.7·.6 + .2·.3·.4 = .336 + .024 = .36
        List<PairVotes> pairs =
                List.of(new PairVotes(0, 1, 8, 10), new PairVotes(1, 2, 7, 10), new PairVotes(2, 0, 6, 10));
        double[] c = CoherenceMetrics.cycles(pairs, new Random(1));
        assertThat(c[1]).isEqualTo(1);
        assertThat(c[0]).isCloseTo(0.36, within(1e-12));
        // an open path (no pair 0-2) has no triad
        assertThat(CoherenceMetrics.cycles(pairs.subList(0, 2), new Random(1))[1])
                .isZero();
    }

    @Test
    void confidenceIsTheMeanOfTheLargerShareAndCyclesAreReportedAsLog10() {
        // confidence over 4 pairs: max(.8,.2) + max(.7,.3) + max(.6,.4) + max(.5,.5) = .8+.7+.6+.5 = 2.6 → .65
        List<PairVotes> pairs = List.of(
                new PairVotes(0, 1, 8, 10),
                new PairVotes(1, 2, 7, 10),
                new PairVotes(2, 0, 6, 10),
                new PairVotes(0, 3, 5, 10));
        Coherence c = CoherenceMetrics.of(4, pairs, 7L);
        assertThat(c.confidence()).isCloseTo(0.65, within(1e-12));
        assertThat(c.triads()).isEqualTo(1);
        assertThat(c.log10CycleProbability()).isCloseTo(Math.log10(0.36), within(1e-12)); // −0.44370
        assertThat(c.heldOutPairs()).isEqualTo(1); // 5% of 4, at least one
    }

    @Test
    void perfectlyTransitiveVotesArePredictedOnHeldOutPairs() {
        // 12 outcomes ranked by index, every pair asked, the higher preferred 90% of the time: a fit on 95% of the
        // pairs predicts the direction of every held-out pair (accuracy 1) and no closed triad is likely to cycle
        List<PairVotes> pairs = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            for (int b = a + 1; b < 12; b++) {
                pairs.add(new PairVotes(a, b, 1, 10)); // b (higher) preferred 9 of 10
            }
        }
        Coherence c = CoherenceMetrics.of(12, pairs, 3L);
        assertThat(c.heldOutPairs()).isEqualTo(3); // round(0.05 · 66) = 3
        assertThat(c.heldOutAccuracy()).isEqualTo(1.0);
        assertThat(c.confidence()).isCloseTo(0.9, within(1e-12));
        // each closed triad: .9·.9·.1 + .1·.1·.9 = .081 + .009 = .09
        assertThat(c.log10CycleProbability()).isCloseTo(Math.log10(0.09), within(1e-12));
        assertThat(c.triads()).isEqualTo(220); // C(12, 3)
    }
}
