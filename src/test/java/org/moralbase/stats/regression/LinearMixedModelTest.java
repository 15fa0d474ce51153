package org.moralbase.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class LinearMixedModelTest {

    // Outside tool: R 4.2.2, lme4 1.1-31, lmerTest 3.1-3, lmerTest::lmer(y ~ x + z + (1 + x | g), data = sim,
    // REML = TRUE) on lmm_simulated.csv (set.seed(42), 8 groups, group g8 has one observation), values from
    // summary() (Satterthwaite df and p), VarCorr(), REMLcrit(), getME(, "theta") and isSingular(tol = 1e-4),
    // printed by src/test/r/regression_fixtures.R.
    // Tolerances: fixed effects 1e-4 absolute; SEs and SDs 1e-3 relative (0.1 %); Satterthwaite df and p 1e-5
    // relative (seen: 3e-7 and 1e-6, from lme4's θ stopping ~1e-6 short); correlation and θ 1e-3 absolute;
    // REML criterion 1e-6 absolute (a minimum, so insensitive to θ's last digits).
    private static final Map<String, Double> R = RFixture.values("/stats/regression/lmm_simulated_expected.csv");

    private static MixedModelResult fitSimulated() {
        List<CSVRecord> rows = RFixture.records("/stats/regression/lmm_simulated.csv");
        Design design = Design.builder()
                .column("x", RFixture.column(rows, "x"))
                .column("z", RFixture.column(rows, "z"))
                .build();
        List<String> groups = rows.stream().map(r -> r.get("g")).toList();
        return LinearMixedModel.fit(design, "x", groups, RFixture.column(rows, "y"));
    }

    @Test
    void fixedEffectsAndSatterthwaiteTestsMatchLmerTestOnANonSingularFitWithASingletonGroup() {
        MixedModelResult fit = fitSimulated();
        assertThat(fit.groups()).isEqualTo(8);
        assertThat(fit.fixedEffects()).extracting(Coefficient::name).containsExactly("(Intercept)", "x", "z");
        for (Coefficient c : fit.fixedEffects()) {
            assertThat(c.estimate()).as(c.name()).isCloseTo(R.get(c.name() + ".est"), within(1e-4));
            assertThat(c.standardError()).as(c.name()).isCloseTo(R.get(c.name() + ".se"), withinPercentage(0.1));
            assertThat(c.df()).as(c.name()).isCloseTo(R.get(c.name() + ".df"), withinPercentage(1e-3));
            assertThat(c.tValue()).as(c.name()).isCloseTo(R.get(c.name() + ".t"), withinPercentage(0.1));
            assertThat(c.pValue()).as(c.name()).isCloseTo(R.get(c.name() + ".p"), withinPercentage(1e-3));
        }
    }

    @Test
    void varianceComponentsThetaAndRemlCriterionMatchLmer() {
        MixedModelResult fit = fitSimulated();
        VarianceComponents vc = fit.varianceComponents();
        assertThat(vc.interceptSd()).isCloseTo(R.get("sd.intercept"), withinPercentage(0.1));
        assertThat(vc.slopeSd()).isCloseTo(R.get("sd.slope"), withinPercentage(0.1));
        assertThat(vc.correlation()).isCloseTo(R.get("corr"), within(1e-3));
        assertThat(vc.residualSd()).isCloseTo(R.get("sd.residual"), withinPercentage(0.1));
        for (int k = 0; k < 3; k++) {
            assertThat(fit.theta().get(k)).isCloseTo(R.get("theta" + (k + 1)), within(1e-3));
        }
        assertThat(fit.remlCriterion()).isCloseTo(R.get("reml"), within(1e-6));
        assertThat(fit.singular()).isFalse();
    }

    @Test
    void rejectsASingleGroup() {
        Design design = Design.builder().column("x", new double[] {1, 2, 3, 4}).build();
        assertThatThrownBy(
                        () -> LinearMixedModel.fit(design, "x", List.of("a", "a", "a", "a"), new double[] {1, 2, 2, 3}))
                .hasMessageContaining("at least 2 groups");
    }
}
