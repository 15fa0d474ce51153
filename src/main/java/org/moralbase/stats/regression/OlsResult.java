package org.moralbase.stats.regression;

import java.util.List;

/**
 * The result of an ordinary least-squares fit, with the quantities R's {@code summary.lm}, {@code logLik.lm}
 * and {@code AIC} report.
 *
 * @param coefficients intercept first, then the design's columns; p-values from t with n − p df
 * @param rSquared R² = 1 − RSS/TSS (TSS centred, as the model has an intercept)
 * @param adjustedRSquared 1 − (1 − R²)(n − 1)/(n − p)
 * @param residualStandardError σ̂ = √(RSS/(n − p))
 * @param n number of observations
 * @param residualDf n − p, p counting the intercept
 * @param logLikelihood Gaussian log-likelihood at the ML variance RSS/n: −n/2·(log(2π·RSS/n) + 1)
 * @param aic −2·logLikelihood + 2(p + 1), counting σ as a parameter as R's {@code AIC(lm(...))} does
 */
public record OlsResult(
        List<Coefficient> coefficients,
        double rSquared,
        double adjustedRSquared,
        double residualStandardError,
        int n,
        int residualDf,
        double logLikelihood,
        double aic) {

    /** Copies the coefficient list so the record stays immutable. */
    public OlsResult {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * The coefficient of the named column.
     *
     * @throws IllegalArgumentException when no coefficient has that name
     */
    public Coefficient coefficient(String name) {
        return coefficients.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no coefficient '" + name + "'"));
    }
}
