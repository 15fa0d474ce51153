package org.moralbase.stats.scaling;

import java.util.List;
import org.moralbase.stats.regression.Design;
import org.moralbase.stats.regression.LinearMixedModel;
import org.moralbase.stats.regression.MixedModelResult;

/**
 * The mixed model of Takemoto 2026 (methods §3), {@code lmer(log10 D ~ log10 S * Reasoning + Years + (1 +
 * log10 S | Family), REML = TRUE)}, fitted by {@link LinearMixedModel}. Fixed effects are reported in R's
 * order and naming: {@code (Intercept)}, {@value #LOG_SIZE}, {@value #REASONING}, {@value #YEARS},
 * {@value #INTERACTION}.
 */
public final class ScalingMixedModel {

    /** Column log10 S. */
    public static final String LOG_SIZE = "log10 S";
    /** Column Reasoning (0/1). */
    public static final String REASONING = "Reasoning";
    /** Column Years since 2020-01-01. */
    public static final String YEARS = "Years";
    /** Column log10 S × Reasoning. */
    public static final String INTERACTION = "log10 S:Reasoning";

    private ScalingMixedModel() {}

    /**
     * Fits the model to the observations.
     *
     * @throws IllegalArgumentException as {@link LinearMixedModel#fit}
     */
    public static MixedModelResult fit(List<ScalingObservation> observations) {
        int n = observations.size();
        double[] logSize = new double[n];
        double[] reasoning = new double[n];
        double[] years = new double[n];
        double[] interaction = new double[n];
        double[] logDistance = new double[n];
        for (int i = 0; i < n; i++) {
            ScalingObservation o = observations.get(i);
            logSize[i] = Math.log10(o.sizeBillions());
            reasoning[i] = o.reasoning() ? 1 : 0;
            years[i] = o.years();
            interaction[i] = logSize[i] * reasoning[i];
            logDistance[i] = Math.log10(o.distance());
        }
        Design design = Design.builder()
                .column(LOG_SIZE, logSize)
                .column(REASONING, reasoning)
                .column(YEARS, years)
                .column(INTERACTION, interaction)
                .build();
        List<String> families =
                observations.stream().map(ScalingObservation::family).toList();
        return LinearMixedModel.fit(design, LOG_SIZE, families, logDistance);
    }
}
