package org.moralbase.stats.regression;

import java.util.List;

/**
 * Scaling analysis of Takemoto 2026 (methods §3): OLS of log10 D on log10 S (power law), and the
 * alternatives linear D ~ S, logarithmic D ~ log10 S and exponential log10 D ~ S, each by {@link Ols}.
 *
 * <p>AIC choice: AICs of models for D and for log10 D are likelihoods of different variables and cannot be
 * compared as they stand. Each {@link CandidateFit} therefore carries both the AIC on its own scale (what R's
 * {@code AIC(lm(...))} prints) and the Jacobian-adjusted AIC on the D scale, which is the comparable one.
 */
public final class PowerLawFit {

    /** Name of log10 D ~ log10 S. */
    public static final String POWER_LAW = "power law";
    /** Name of D ~ S. */
    public static final String LINEAR = "linear";
    /** Name of D ~ log10 S. */
    public static final String LOGARITHMIC = "logarithmic";
    /** Name of log10 D ~ S. */
    public static final String EXPONENTIAL = "exponential";

    private PowerLawFit() {}

    /**
     * Fits the four forms.
     *
     * @param sizes model sizes S in billions of parameters, all &gt; 0
     * @param distances distances D to the human AMCE vector, all &gt; 0
     * @throws IllegalArgumentException when lengths differ, n &lt; 3, or a value is not positive and finite
     */
    public static PowerLawResult fit(double[] sizes, double[] distances) {
        if (sizes.length != distances.length) {
            throw new IllegalArgumentException(
                    "sizes (" + sizes.length + ") and distances (" + distances.length + ") differ in length");
        }
        checkPositive("sizes", sizes);
        checkPositive("distances", distances);
        double[] logS = log10(sizes);
        double[] logD = log10(distances);
        double jacobian = 0;
        for (double d : distances) {
            jacobian += 2 * Math.log(d * Math.log(10));
        }
        CandidateFit power = candidate(POWER_LAW, "log10(D) ~ log10(S)", "log10(S)", logS, logD, true, jacobian);
        List<CandidateFit> all = List.of(
                power,
                candidate(LINEAR, "D ~ S", "S", sizes, distances, false, 0),
                candidate(LOGARITHMIC, "D ~ log10(S)", "log10(S)", logS, distances, false, 0),
                candidate(EXPONENTIAL, "log10(D) ~ S", "S", sizes, logD, true, jacobian));
        Coefficient slope = power.fit().coefficient("log10(S)");
        return new PowerLawResult(
                slope.estimate(),
                slope.standardError(),
                power.fit().coefficient(Design.INTERCEPT).estimate(),
                power.fit().rSquared(),
                slope.pValue(),
                sizes.length,
                all);
    }

    private static CandidateFit candidate(
            String name,
            String formula,
            String predictor,
            double[] x,
            double[] y,
            boolean logResponse,
            double jacobian) {
        OlsResult fit = Ols.fit(Design.builder().column(predictor, x).build(), y);
        return new CandidateFit(name, formula, logResponse, fit, fit.aic() + jacobian);
    }

    private static void checkPositive(String what, double[] values) {
        if (values.length < 3) {
            throw new IllegalArgumentException("need at least 3 " + what + ", got " + values.length);
        }
        for (double v : values) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
            }
        }
    }

    private static double[] log10(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log10(values[i]);
        }
        return out;
    }
}
