package org.moralbase.stats.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.stats.regression.Coefficient;
import org.moralbase.stats.regression.MixedModelResult;
import org.moralbase.stats.regression.OlsResult;
import org.moralbase.stats.regression.PowerLawFit;
import org.moralbase.stats.regression.PowerLawResult;
import org.moralbase.stats.regression.RFixture;
import org.moralbase.stats.regression.Spearman;
import org.moralbase.stats.regression.SpearmanResult;

/**
 * Takemoto 2026 table S1 (75 models, as published): published numbers of methods §3 to half a unit of their
 * last digit, and R's own fits (src/test/r/regression_fixtures.R, takemoto_expected.csv) to tight tolerances.
 */
class TakemotoScalingTest {

    private static final List<ScalingObservation> TABLE = TableS1Reader.read();
    private static final Map<String, Double> R = RFixture.values("/stats/regression/takemoto_expected.csv");

    private static double[] sizes() {
        return TABLE.stream().mapToDouble(ScalingObservation::sizeBillions).toArray();
    }

    private static double[] distances() {
        return TABLE.stream().mapToDouble(ScalingObservation::distance).toArray();
    }

    @Test
    void powerLawAndAlternativesReproduceThePublishedNumbers() {
        PowerLawResult fit = PowerLawFit.fit(sizes(), distances());
        // published (methods §3): slope −0.1017 (SE 0.0120), R² 0.498, p ≈ 1.6e−12; half a unit of last digit
        assertThat(fit.n()).isEqualTo(75);
        assertThat(fit.alpha()).isCloseTo(-0.1017, within(0.00005));
        assertThat(fit.alphaStandardError()).isCloseTo(0.0120, within(0.00005));
        assertThat(fit.rSquared()).isCloseTo(0.498, within(0.0005));
        assertThat(fit.pValue()).isCloseTo(1.6e-12, within(0.05e-12));
        assertThat(fit.candidate(PowerLawFit.LINEAR).rSquared()).isCloseTo(0.162, within(0.0005));
        assertThat(fit.candidate(PowerLawFit.LOGARITHMIC).rSquared()).isCloseTo(0.473, within(0.0005));
        assertThat(fit.candidate(PowerLawFit.EXPONENTIAL).rSquared()).isCloseTo(0.187, within(0.0005));
    }

    @Test
    void powerLawAndAlternativesMatchRLmAndAic() {
        // R: lm(log10(Distance) ~ log10(Size)), lm(Distance ~ Size), lm(Distance ~ log10(Size)),
        // lm(log10(Distance) ~ Size); R², AIC(); aicD = AIC + 2 * sum(log(Distance * log(10))).
        // Tolerance 1e-10 absolute (p-values 1e-8 relative).
        PowerLawResult fit = PowerLawFit.fit(sizes(), distances());
        assertThat(fit.alpha()).isCloseTo(R.get("powerlaw.lS.est"), within(1e-10));
        assertThat(fit.alphaStandardError()).isCloseTo(R.get("powerlaw.lS.se"), within(1e-10));
        assertThat(fit.intercept()).isCloseTo(R.get("powerlaw.(Intercept).est"), within(1e-10));
        assertThat(fit.pValue()).isCloseTo(R.get("powerlaw.lS.p"), withinPercentage(1e-6));
        for (String[] c : new String[][] {
            {PowerLawFit.POWER_LAW, "powerlaw"},
            {PowerLawFit.LINEAR, "linear"},
            {PowerLawFit.LOGARITHMIC, "logarithmic"},
            {PowerLawFit.EXPONENTIAL, "exponential"}
        }) {
            OlsResult ols = fit.candidate(c[0]).fit();
            assertThat(ols.rSquared()).as(c[0]).isCloseTo(R.get(c[1] + ".r2"), within(1e-10));
            assertThat(ols.aic()).as(c[0]).isCloseTo(R.get(c[1] + ".aic"), within(1e-10));
            double aicD = R.getOrDefault(c[1] + ".aicD", R.get(c[1] + ".aic"));
            assertThat(fit.candidate(c[0]).aicOnDistanceScale()).as(c[0]).isCloseTo(aicD, within(1e-10));
        }
    }

    @Test
    void spearmanMatchesThePaperAndRCorTest() {
        SpearmanResult r = Spearman.test(sizes(), distances());
        assertThat(r.rho()).isCloseTo(-0.726, within(0.0005)); // published
        // R: cor.test(Size, Distance, method = "spearman", exact = FALSE); 1e-12 abs, p 1e-8 relative
        assertThat(r.rho()).isCloseTo(R.get("spearman.rho"), within(1e-12));
        assertThat(r.statistic()).isCloseTo(R.get("spearman.S"), within(1e-8));
        assertThat(r.pValue()).isCloseTo(R.get("spearman.p"), withinPercentage(1e-6));
    }

    @Test
    void yearsCountFromTheStartOf2020InJulianYears() {
        // R: as.numeric(as.Date("2024/1/25", "%Y/%m/%d") - as.Date("2020-01-01")) / 365.25
        assertThat(TABLE.getFirst().years()).isCloseTo(R.get("lmm.years.first"), within(1e-12));
    }

    @Test
    void mixedModelReproducesThePublishedFixedEffectsAndIsSingular() {
        MixedModelResult fit = ScalingMixedModel.fit(TABLE);
        // published (methods §3), half a unit of the last digit
        assertCoefficient(fit.fixedEffect(ScalingMixedModel.LOG_SIZE), -0.120, 0.0005, 0.016, 0.0005);
        // Reasoning: published −0.157, but R itself gives −0.15647 (default lmer) and −0.15644 (converged), both
        // rounding to −0.156; the paper's digit is not reproducible, so this one estimate gets a full unit (0.001)
        assertCoefficient(fit.fixedEffect(ScalingMixedModel.REASONING), -0.157, 0.001, 0.044, 0.0005);
        assertCoefficient(fit.fixedEffect(ScalingMixedModel.INTERACTION), 0.057, 0.0005, 0.025, 0.0005);
        // the paper's p 0.024 is lmerTest's Satterthwaite p (0.02440 here; n − p df would give 0.0237)
        assertThat(fit.fixedEffect(ScalingMixedModel.INTERACTION).pValue()).isCloseTo(0.024, within(0.0005));
        assertThat(fit.fixedEffect(ScalingMixedModel.YEARS).estimate()).isCloseTo(0.033, within(0.0005));
        assertThat(fit.singular()).isTrue();
    }

    private static final String[][] LMM_NAMES = {
        {"(Intercept)", "(Intercept)"},
        {ScalingMixedModel.LOG_SIZE, "lS"},
        {ScalingMixedModel.REASONING, "Reasoning01"},
        {ScalingMixedModel.YEARS, "Years"},
        {ScalingMixedModel.INTERACTION, "lS:Reasoning01"}
    };

    @Test
    void mixedModelMatchesDefaultLmer() {
        // R: lmerTest::lmer(lD ~ lS * Reasoning01 + Years + (1 + lS | Family), REML = TRUE), default control
        // (singular), as the paper ran it. Fixed effects 1e-4 absolute, SEs 0.1 % relative; REMLcrit not above
        // lme4's (Java converges further: lme4's default stop is 7e-6 short of the optimum). Satterthwaite df
        // 0.3 % and p 1.5 % relative: lme4's early stop alone moves lmerTest's own df by up to 0.24 % and p by
        // up to 1.1 % (default against tight fit, e.g. Reasoning df 40.34 against 40.44); the tight test below
        // is the strict check.
        MixedModelResult fit = ScalingMixedModel.fit(TABLE);
        for (String[] name : LMM_NAMES) {
            Coefficient c = fit.fixedEffect(name[0]);
            String key = "lmm." + name[1];
            assertThat(c.estimate()).as(name[0]).isCloseTo(R.get(key + ".est"), within(1e-4));
            assertThat(c.standardError()).as(name[0]).isCloseTo(R.get(key + ".se"), withinPercentage(0.1));
            assertThat(c.df()).as(name[0]).isCloseTo(R.get(key + ".df"), withinPercentage(0.3));
            assertThat(c.pValue()).as(name[0]).isCloseTo(R.get(key + ".p"), withinPercentage(1.5));
        }
        assertThat(fit.remlCriterion())
                .isLessThanOrEqualTo(R.get("lmm.reml"))
                .isCloseTo(R.get("lmm.reml"), within(1e-4));
        assertThat(fit.singular()).isEqualTo(R.get("lmm.singular") == 1.0);
    }

    @Test
    void mixedModelMatchesTightlyConvergedLmer() {
        // R: the same lmerTest::lmer with lmerControl(optimizer = "nloptwrap", optCtrl = list(xtol_abs = 1e-12,
        // ftol_abs = 1e-14, xtol_rel = 1e-12, maxeval = 1e5)), summary(). Fixed effects 1e-6 absolute, SEs and SDs
        // 1e-4 relative, θ 1e-4 absolute, correlation 1e-6, REMLcrit 1e-8; Satterthwaite df and p 1e-6 relative
        // (seen: at most 3.1e-8 for df, 3.3e-8 for p; the numerical derivatives use numDeriv's own steps).
        MixedModelResult fit = ScalingMixedModel.fit(TABLE);
        for (String[] name : LMM_NAMES) {
            Coefficient c = fit.fixedEffect(name[0]);
            String key = "lmmtight." + name[1];
            assertThat(c.estimate()).as(name[0]).isCloseTo(R.get(key + ".est"), within(1e-6));
            assertThat(c.standardError()).as(name[0]).isCloseTo(R.get(key + ".se"), withinPercentage(0.01));
            assertThat(c.df()).as(name[0]).isCloseTo(R.get(key + ".df"), withinPercentage(1e-4));
            assertThat(c.pValue()).as(name[0]).isCloseTo(R.get(key + ".p"), withinPercentage(1e-4));
        }
        assertThat(fit.remlCriterion()).isCloseTo(R.get("lmmtight.reml"), within(1e-8));
        for (int k = 0; k < 3; k++) {
            assertThat(fit.theta().get(k)).isCloseTo(R.get("lmmtight.theta" + (k + 1)), within(1e-4));
        }
        var vc = fit.varianceComponents();
        assertThat(vc.interceptSd()).isCloseTo(R.get("lmmtight.sd.intercept"), withinPercentage(0.01));
        assertThat(vc.slopeSd()).isCloseTo(R.get("lmmtight.sd.slope"), withinPercentage(0.01));
        assertThat(vc.correlation()).isCloseTo(R.get("lmmtight.corr"), within(1e-6));
        assertThat(vc.residualSd()).isCloseTo(R.get("lmmtight.sd.residual"), withinPercentage(0.01));
        assertThat(fit.singular()).isTrue();
    }

    private static void assertCoefficient(Coefficient c, double estimate, double estTol, double se, double seTol) {
        assertThat(c.estimate()).as(c.name()).isCloseTo(estimate, within(estTol));
        assertThat(c.standardError()).as(c.name()).isCloseTo(se, within(seTol));
    }
}
