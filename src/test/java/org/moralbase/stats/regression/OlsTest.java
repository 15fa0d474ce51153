package org.moralbase.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class OlsTest {

    // Outside tool: R 4.x, lm(y ~ x1 + x2 + x3, data = ols) on ols_synthetic.csv (set.seed(20260101), n = 40),
    // summary()/logLik()/AIC() printed with %.17g by src/test/r/regression_fixtures.R.
    // Tolerance: 1e-10 absolute on estimates, SEs, t, R², σ, logLik and AIC; 1e-8 relative on p-values.
    private static final Map<String, Double> R = RFixture.values("/stats/regression/ols_synthetic_expected.csv");

    private static OlsResult fitSynthetic() {
        List<CSVRecord> rows = RFixture.records("/stats/regression/ols_synthetic.csv");
        Design design = Design.builder()
                .column("x1", RFixture.column(rows, "x1"))
                .column("x2", RFixture.column(rows, "x2"))
                .column("x3", RFixture.column(rows, "x3"))
                .build();
        return Ols.fit(design, RFixture.column(rows, "y"));
    }

    @Test
    void coefficientsStandardErrorsAndTestsMatchRLm() {
        OlsResult fit = fitSynthetic();
        assertThat(fit.coefficients()).extracting(Coefficient::name).containsExactly("(Intercept)", "x1", "x2", "x3");
        for (Coefficient c : fit.coefficients()) {
            assertThat(c.estimate()).as(c.name()).isCloseTo(R.get(c.name() + ".est"), within(1e-10));
            assertThat(c.standardError()).as(c.name()).isCloseTo(R.get(c.name() + ".se"), within(1e-10));
            assertThat(c.tValue()).as(c.name()).isCloseTo(R.get(c.name() + ".t"), within(1e-10));
            assertThat(c.pValue()).as(c.name()).isCloseTo(R.get(c.name() + ".p"), withinPercentage(1e-6));
        }
    }

    @Test
    void fitStatisticsLogLikelihoodAndAicMatchR() {
        OlsResult fit = fitSynthetic();
        assertThat(fit.n()).isEqualTo(40);
        assertThat(fit.residualDf()).isEqualTo(36);
        assertThat(fit.rSquared()).isCloseTo(R.get("r2"), within(1e-10));
        assertThat(fit.adjustedRSquared()).isCloseTo(R.get("adjr2"), within(1e-10));
        assertThat(fit.residualStandardError()).isCloseTo(R.get("sigma"), within(1e-10));
        assertThat(fit.logLikelihood()).isCloseTo(R.get("loglik"), within(1e-10));
        assertThat(fit.aic()).isCloseTo(R.get("aic"), within(1e-10));
    }

    @Test
    void rejectsARankDeficientDesign() {
        double[] x = {1, 2, 3, 4, 5};
        Design design = Design.builder()
                .column("x", x)
                .column("twice x", new double[] {2, 4, 6, 8, 10})
                .build();
        assertThatThrownBy(() -> Ols.fit(design, new double[] {1, 3, 2, 5, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rank deficient");
    }

    @Test
    void rejectsMismatchedLengthsAndTooFewObservations() {
        Design design = Design.builder().column("x", new double[] {1, 2}).build();
        assertThatThrownBy(() -> Ols.fit(design, new double[] {1, 2, 3})).hasMessageContaining("rows");
        assertThatThrownBy(() -> Ols.fit(design, new double[] {1, 2})).hasMessageContaining("more observations");
    }
}
