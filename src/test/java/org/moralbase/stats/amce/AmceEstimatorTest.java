package org.moralbase.stats.amce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reference: R 4.2.2 + sandwich 3.0.2, src/test/r/amce_reference.R, on the 4,500 simulated rows of
 * amce_rows.csv (320 respondents). Per subset: {@code fit <- lm(Saved ~ x, data = s, weights = w)};
 * estimate and plain SE from {@code summary(fit)$coefficients["x", ]}; clustered SE
 * {@code sqrt(vcovCL(fit, cluster = ~UserID, type = "HC1")["x", "x"])}. Weights and subsets were coded in R
 * from methods §2, not from this Java. Tolerances (methods §2): estimate 1e-9 absolute, SE 1e-7 relative.
 */
class AmceEstimatorTest {

    static final double ESTIMATE_TOL = 1e-9;
    static final double SE_REL_TOL = 1e-7;

    static final List<AmceRow> ROWS = AmceFixtures.rows();
    static final Map<String, AmceFixtures.Expected> EXPECTED = AmceFixtures.expected();

    @ParameterizedTest
    @EnumSource(SeType.class)
    void everyAttributeMatchesRLmAndSandwich(SeType seType) {
        AmceResult result = AmceEstimator.withDefaults()
                .with(seType)
                .with(CharactersDefinition.POOLED)
                .estimate(ROWS);
        for (AmceAttribute a : AmceAttribute.values()) {
            assertMatches(result.estimate(a), EXPECTED.get(a.displayName()), seType);
        }
    }

    @ParameterizedTest
    @EnumSource(SeType.class)
    void everyNumberOfCharactersStratumMatchesR(SeType seType) {
        AmceResult result = AmceEstimator.withDefaults().with(seType).estimate(ROWS);
        for (int d = 1; d <= 4; d++) {
            assertMatches(result.stratum(d), EXPECTED.get("No. Characters d=" + d), seType);
        }
    }

    @Test
    void maxStratumDefinitionReportsTheStratumRChoseByLargestAbsoluteEstimate() {
        AmceResult result = AmceEstimator.withDefaults().estimate(ROWS);
        assertThat(result.charactersDefinition()).isEqualTo(CharactersDefinition.MAX_STRATUM);
        assertMatches(
                result.estimate(AmceAttribute.NO_CHARACTERS),
                EXPECTED.get("No. Characters max-stratum"),
                SeType.CLUSTER);
    }

    @Test
    void attributesWithoutRowsOrWithOneLevelGiveNanInsteadOfThrowing() {
        List<AmceRow> onlyMales = List.of(
                new AmceRow(0, 0, 1, 0, "Gender", "Gender", "Male", 0, 1, 1),
                new AmceRow(1, 0, 1, 0, "Gender", "Gender", "Male", 0, 0, 2),
                new AmceRow(0, 0, 1, 0, "Gender", "Gender", "Male", 0, 1, 3));
        AmceResult result = AmceEstimator.withDefaults().estimate(onlyMales);
        assertThat(result.estimate(AmceAttribute.GENDER).estimate()).isNaN();
        assertThat(result.estimate(AmceAttribute.GENDER).standardError()).isNaN();
        assertThat(result.estimate(AmceAttribute.GENDER).rows()).isEqualTo(3);
        assertThat(result.estimate(AmceAttribute.SPECIES).estimate()).isNaN();
        assertThat(result.estimate(AmceAttribute.SPECIES).rows()).isZero();
        assertThat(result.estimate(AmceAttribute.INTERVENTION).estimate()).isEqualTo(-1.0);
        AmceResult empty = AmceEstimator.withDefaults().estimate(List.of());
        assertThat(empty.vector()).containsOnly(Double.NaN);
    }

    /** Checks one estimate against R, including n, G and the 1.96·SE interval built from R's numbers. */
    static void assertMatches(AmceEstimate actual, AmceFixtures.Expected expected, SeType seType) {
        double se = seType == SeType.PLAIN ? expected.sePlain() : expected.seCluster();
        assertThat(actual.estimate()).isCloseTo(expected.estimate(), within(ESTIMATE_TOL));
        assertThat(actual.standardError()).isCloseTo(se, within(SE_REL_TOL * se));
        assertThat(actual.ciLow())
                .isCloseTo(expected.estimate() - 1.96 * se, within(ESTIMATE_TOL + 2 * SE_REL_TOL * se));
        assertThat(actual.ciHigh())
                .isCloseTo(expected.estimate() + 1.96 * se, within(ESTIMATE_TOL + 2 * SE_REL_TOL * se));
        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.clusters()).isEqualTo(expected.clusters());
    }
}
