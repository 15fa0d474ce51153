package org.moralbase.stats.amce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster bootstrap: reproducibility, coverage of the estimate, agreement of its SE with CR1. */
class AmceBootstrapTest {

    static final List<AmceRow> ROWS = SyntheticRows.generate(77, 60_000, 0);

    @Test
    void sameSeedGivesTheSameIntervalsWhateverTheMergeOrder() {
        AmceAccumulator whole = accumulate(ROWS);
        AmceAccumulator a = accumulate(ROWS.subList(30_000, ROWS.size()));
        a.merge(accumulate(ROWS.subList(0, 30_000)));
        AmceBootstrap boot = AmceBootstrap.withDefaults().withReplicates(50).withSeed(5);
        assertThat(boot.run(a)).isEqualTo(boot.run(whole));
        assertThat(boot.withSeed(6).run(whole)).isNotEqualTo(boot.run(whole));
    }

    /**
     * Basis: with ~4,000 clusters the cluster bootstrap SE and the CR1 SE estimate the same sampling SD
     * (both are consistent under independent clusters; CR1 is the bootstrap's delta-method limit). With
     * B = 400 the Monte Carlo relative SE of a bootstrap SD is about 1/sqrt(2B) = 3.5%, so a ratio within
     * [0.8, 1.25] allows ±6 Monte Carlo SDs while still catching a wrong resampling unit: resampling rows
     * would estimate the plain SE, and for Intervention (respondent tastes in SyntheticRows) CR1 exceeds the
     * plain SE by more than that band, as asserted first.
     */
    @Test
    void intervalsCoverTheEstimateAndTheBootstrapSeAgreesWithCr1() {
        AmceAccumulator acc = accumulate(ROWS);
        AmceResult cr1 = acc.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM);
        List<BootstrapInterval> boot =
                AmceBootstrap.withDefaults().withReplicates(400).withSeed(11).run(acc);
        for (BootstrapInterval b : boot) {
            AmceEstimate e = cr1.estimate(b.attribute());
            assertThat(b.estimate()).isEqualTo(e.estimate());
            assertThat(b.ciLow()).as("%s", b.attribute()).isLessThan(e.estimate());
            assertThat(b.ciHigh()).as("%s", b.attribute()).isGreaterThan(e.estimate());
            assertThat(b.validReplicates()).isEqualTo(400);
            assertThat(b.standardError() / e.standardError())
                    .as("%s", b.attribute())
                    .isBetween(0.8, 1.25);
        }
    }

    @Test
    void percentilesFollowRQuantileType7() {
        // R: quantile(c(1, 2, 3, 4, 10), c(0.025, 0.975)) = 1.1, 9.4
        BootstrapInterval b = AmceBootstrap.summarise(AmceAttribute.AGE, 0, new double[] {10, Double.NaN, 3, 1, 4, 2});
        assertThat(b.ciLow()).isCloseTo(1.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(b.ciHigh()).isCloseTo(9.4, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(b.validReplicates()).isEqualTo(5);
        // R: sd(c(1, 2, 3, 4, 10)) = 3.5355339059327378
        assertThat(b.standardError()).isCloseTo(3.5355339059327378, org.assertj.core.api.Assertions.within(1e-12));
    }

    static AmceAccumulator accumulate(List<AmceRow> rows) {
        AmceAccumulator acc = new AmceAccumulator();
        rows.forEach(acc::add);
        return acc;
    }
}
