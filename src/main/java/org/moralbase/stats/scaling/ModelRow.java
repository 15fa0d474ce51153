package org.moralbase.stats.scaling;

/**
 * One model as the scaling analysis saw it.
 *
 * @param model name
 * @param family the mixed model's grouping (methods §3: DeepSeek, Llama, Gemma, Qwen, else Other)
 * @param sizeBillions S
 * @param reasoning Reasoning 0/1
 * @param years (release date − 2020-01-01) / 365.25 days
 * @param distance D
 * @param residual log10 D minus the power-law fit at log10 S
 */
public record ModelRow(
        String model,
        String family,
        double sizeBillions,
        boolean reasoning,
        double years,
        double distance,
        double residual) {}
