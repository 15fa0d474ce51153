package org.moralbase.stats.amce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming accumulator against R (same fixture, call and tolerances as {@link AmceEstimatorTest}) and
 * against the two-pass batch estimator after random splits and merges. Batch agreement is held to 1e-12
 * relative on SEs and 1e-12 absolute on estimates (differences of means of order 0.1–1, so ~1e-12 relative
 * to the means): the two differ only in summation order and in the one-pass residual identity.
 */
class AmceAccumulatorTest {

    static final double BATCH_TOL = 1e-12;

    @ParameterizedTest
    @EnumSource(SeType.class)
    void accumulatorMatchesRLmAndSandwich(SeType seType) {
        AmceAccumulator acc = new AmceAccumulator();
        AmceFixtures.rows().forEach(acc::add);
        AmceResult result = acc.result(seType, CharactersDefinition.POOLED);
        var expected = AmceFixtures.expected();
        for (AmceAttribute a : AmceAttribute.values()) {
            AmceEstimatorTest.assertMatches(result.estimate(a), expected.get(a.displayName()), seType);
        }
        for (int d = 1; d <= 4; d++) {
            AmceEstimatorTest.assertMatches(result.stratum(d), expected.get("No. Characters d=" + d), seType);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void randomSplitsAndMergesGiveTheBatchResult(long seed) {
        List<AmceRow> rows = new ArrayList<>(AmceFixtures.rows());
        rows.addAll(SyntheticRows.generate(seed, 30_000, 10_000_000L));
        SplittableRandom rng = new SplittableRandom(seed);
        List<AmceAccumulator> parts = new ArrayList<>();
        int k = 2 + rng.nextInt(7);
        for (int i = 0; i < k; i++) {
            parts.add(new AmceAccumulator());
        }
        // rows of one cluster land in different parts, so merges must add per-cluster sums
        for (AmceRow row : rows) {
            parts.get(rng.nextInt(k)).add(row);
        }
        while (parts.size() > 1) {
            AmceAccumulator into = parts.remove(rng.nextInt(parts.size()));
            AmceAccumulator from = parts.remove(rng.nextInt(parts.size()));
            into.merge(from);
            parts.add(into);
        }
        for (SeType se : SeType.values()) {
            for (CharactersDefinition def : CharactersDefinition.values()) {
                AmceResult batch =
                        AmceEstimator.withDefaults().with(se).with(def).estimate(rows);
                assertSame(parts.getFirst().result(se, def), batch);
            }
        }
    }

    @Test
    void mergingIntoAnEmptyAccumulatorAndAddingMoreLaterIsStillExact() {
        List<AmceRow> rows = SyntheticRows.generate(9, 20_000, 0);
        AmceAccumulator first = new AmceAccumulator();
        rows.subList(0, 7_000).forEach(first::add);
        AmceAccumulator total = new AmceAccumulator();
        total.merge(first);
        rows.subList(7_000, rows.size()).forEach(total::add);
        AmceResult batch = AmceEstimator.withDefaults().estimate(rows);
        assertSame(total.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM), batch);
    }

    @Test
    void aClearedAccumulatorIsAsANewOne() {
        List<AmceRow> before = SyntheticRows.generate(4, 30_000, 0);
        List<AmceRow> after = SyntheticRows.generate(5, 5_000, 0);
        AmceAccumulator reused = new AmceAccumulator();
        before.forEach(reused::add);
        reused.clear();
        after.forEach(reused::add);
        for (SeType se : SeType.values()) {
            assertSame(
                    reused.result(se, CharactersDefinition.MAX_STRATUM),
                    AmceEstimator.withDefaults().with(se).estimate(after));
        }
    }

    @Test
    void mergingPartsWithTheirOwnClusterNumbersUnderNewIdsGivesTheBatchResult() {
        List<AmceRow> rows = SyntheticRows.generate(5, 20_000, 0);
        AmceAccumulator total = new AmceAccumulator();
        int from = 0;
        for (int to : new int[] {6_000, 13_000, rows.size()}) {
            // a part numbers its clusters 0, 1, … by first appearance, as a chunk reader does
            java.util.Map<Long, Integer> local = new java.util.LinkedHashMap<>();
            AmceAccumulator part = new AmceAccumulator();
            for (AmceRow r : rows.subList(from, to)) {
                int id = local.computeIfAbsent(r.cluster(), c -> local.size());
                part.add(new AmceRow(
                        r.intervention(),
                        r.barrier(),
                        r.pedPed(),
                        r.crossingSignal(),
                        r.scenarioType(),
                        r.scenarioTypeStrict(),
                        r.attributeLevel(),
                        r.diffNumberOfCharacters(),
                        r.saved(),
                        id));
            }
            total.merge(part, local.keySet().stream().mapToLong(Long::longValue).toArray());
            from = to;
        }
        AmceResult batch = AmceEstimator.withDefaults().estimate(rows);
        assertSame(total.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM), batch);
    }

    @Test
    void aRenumberedMergeWithoutAnIdForEveryClusterChangesNothing() {
        AmceAccumulator part = new AmceAccumulator();
        SyntheticRows.generate(6, 2_000, 0).forEach(part::add);
        AmceAccumulator total = new AmceAccumulator();
        assertThatThrownBy(() -> total.merge(part, new long[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no new id for cluster");
        assertThat(total.result(SeType.CLUSTER, CharactersDefinition.POOLED).vector())
                .containsOnly(Double.NaN);
    }

    @Test
    void emptyAccumulatorGivesNanAndSelfMergeIsRejected() {
        AmceAccumulator acc = new AmceAccumulator();
        AmceResult result = acc.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM);
        assertThat(result.vector()).containsOnly(Double.NaN);
        assertThat(result.estimate(AmceAttribute.AGE).clusters()).isZero();
        assertThatThrownBy(() -> acc.merge(acc)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> acc.add(new AmceRow(2, 0, 1, 0, "Age", "Age", "Old", 0, 1, 1)))
                .hasMessageContaining("I=2");
    }

    static void assertSame(AmceResult actual, AmceResult expected) {
        assertThat(actual.seType()).isEqualTo(expected.seType());
        assertThat(actual.charactersDefinition()).isEqualTo(expected.charactersDefinition());
        List<AmceEstimate> a = new ArrayList<>(actual.estimates());
        a.addAll(actual.strata());
        List<AmceEstimate> e = new ArrayList<>(expected.estimates());
        e.addAll(expected.strata());
        for (int i = 0; i < a.size(); i++) {
            AmceEstimate x = a.get(i);
            AmceEstimate y = e.get(i);
            assertThat(x.attribute()).isEqualTo(y.attribute());
            assertThat(x.estimate()).as("estimate %s", i).isCloseTo(y.estimate(), within(BATCH_TOL));
            assertThat(x.standardError())
                    .as("SE %s", i)
                    .isCloseTo(y.standardError(), within(BATCH_TOL * y.standardError()));
            assertThat(x.ciLow()).isCloseTo(y.ciLow(), within(BATCH_TOL * 4));
            assertThat(x.ciHigh()).isCloseTo(y.ciHigh(), within(BATCH_TOL * 4));
            assertThat(x.rows()).isEqualTo(y.rows());
            assertThat(x.clusters()).isEqualTo(y.clusters());
        }
    }
}
