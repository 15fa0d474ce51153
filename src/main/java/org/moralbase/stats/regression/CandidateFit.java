package org.moralbase.stats.regression;

/**
 * One functional form fitted in the scaling comparison of Takemoto 2026 (methods §3).
 *
 * @param name power law, linear, logarithmic or exponential
 * @param formula the R formula it corresponds to, e.g. {@code log10(D) ~ log10(S)}
 * @param logResponse true when the response is log10 D rather than D
 * @param fit the underlying least-squares fit; its R² and AIC are on the model's own response scale
 * @param aicOnDistanceScale AIC of the implied model for D itself: for log10 D responses the Jacobian
 *     term 2·Σ log(Dᵢ·ln 10) is added (density of D = density of log10 D / (D·ln 10)); for D responses it
 *     equals {@code fit.aic()}. Only this column is comparable across the four forms.
 */
public record CandidateFit(String name, String formula, boolean logResponse, OlsResult fit, double aicOnDistanceScale) {

    /** R² on the model's own response scale, as the paper reports it. */
    public double rSquared() {
        return fit.rSquared();
    }
}
