package org.moralbase.stats.scaling;

import java.util.List;
import org.moralbase.stats.regression.Coefficient;
import org.moralbase.stats.regression.VarianceComponents;

/**
 * The scaling analysis as {@code analyze scaling} prints it (docs/cli.md) and the scaling view shows it. All names camelCase; NaN prints as null.
 *
 * @param n models
 * @param powerLaw log10 D = intercept + alpha·log10 S
 * @param alternatives power law, linear, logarithmic, exponential with R² and AIC
 * @param spearman rank correlation of S and D
 * @param families model count per family
 * @param mixedModel the lme4-style fit, or null when it could not be fitted (see {@code notes})
 * @param sizeBins SD of D per size decade
 * @param residualSpread rank correlation of |power-law residual| with S
 * @param models every model with its family and residual
 * @param notes anything the reader must know (e.g. why the mixed model is missing)
 */
public record ScalingReport(
        int n,
        PowerLaw powerLaw,
        List<Alternative> alternatives,
        Rank spearman,
        List<FamilyCount> families,
        Mixed mixedModel,
        List<SizeBin> sizeBins,
        Rank residualSpread,
        List<ModelRow> models,
        List<String> notes) {

    /** Slope α with SE, intercept, R², p and n of the log-log OLS fit. */
    public record PowerLaw(
            double alpha, double alphaStandardError, double intercept, double rSquared, double pValue, int n) {}

    /** One functional form; {@code aic} on its own response scale, {@code aicOnDistanceScale} comparable. */
    public record Alternative(String name, String formula, double rSquared, double aic, double aicOnDistanceScale) {}

    /** Spearman's ρ, R's S statistic and the two-sided p (t approximation). */
    public record Rank(double rho, double statistic, double pValue, int n) {}

    /** How many models fall in a family. */
    public record FamilyCount(String family, int models) {}

    /** The mixed model: fixed effects with t-tests on each one's Satterthwaite df, variance components, singularity. */
    public record Mixed(
            String formula,
            List<Coefficient> fixedEffects,
            String dfMethod,
            VarianceComponents varianceComponents,
            double remlCriterion,
            boolean singular,
            int n,
            int groups) {}
}
