package org.moralbase.stats.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.stats.proportion.ConfidenceInterval;

class UtilityCorrelationTest {

    @Test
    void correlationsAreThePlainOnes() {
        // x = 1..4, y = 1, 3, 2, 4: Pearson r = (Σ(x−2.5)(y−2.5)) / √(5·5) = (2.25+(−0.25)+(−0.25)+2.25)/5 = 0.8;
        // Spearman ρ = 1 − 6·Σd²/(n(n²−1)) = 1 − 6·2/60 = 0.8
        double[] x = {1, 2, 3, 4};
        double[] y = {1, 3, 2, 4};
        assertThat(UtilityCorrelation.pearson(x, y)).isCloseTo(0.8, within(1e-12));
        assertThat(UtilityCorrelation.spearman(x, y)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void theBootstrapIntervalHoldsTheAgreementOfRatersWhoAllAgree() {
        // 8 raters, each preferring the higher index 4 of 5 times on every pair of 5 outcomes
        List<List<PairVotes>> raters = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            List<PairVotes> votes = new ArrayList<>();
            for (int a = 0; a < 5; a++) {
                for (int b = a + 1; b < 5; b++) {
                    votes.add(new PairVotes(a, b, 1, 5));
                }
            }
            raters.add(votes);
        }
        double[] model = {-2, -1, 0, 1, 2};
        List<PairVotes> pooled = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                pooled.add(new PairVotes(a, b, 8, 40));
            }
        }
        Utilities all = ThurstonianFit.withDefaults().fit(5, pooled);
        ConfidenceInterval ci = UtilityCorrelation.bootstrap(raters, model, 5, all, 50, 11L);
        // every resample pools identical raters: the same fit, so the interval is the point r
        double r = UtilityCorrelation.pearson(all.mean(), model);
        assertThat(r).isPositive(); // the same 0.8 share on every pair: an S-shaped, not linear, ladder
        assertThat(ci.low()).isCloseTo(r, within(1e-6));
        assertThat(ci.high()).isCloseTo(r, within(1e-6));
    }
}
