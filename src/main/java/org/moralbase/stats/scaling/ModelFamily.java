package org.moralbase.stats.scaling;

import java.util.Locale;

/**
 * Model family used as the grouping factor of the Takemoto 2026 mixed model (methods §3): the first of
 * DeepSeek, Llama, Gemma, Qwen whose name occurs in the model name, else {@link #OTHER}.
 *
 * <p>Choices: matching is case-insensitive (the authors' {@code code_S1.R} uses case-sensitive
 * {@code grepl}; on table S1 both give the same groups). "QwQ 32B" does not contain "qwen" and falls in
 * {@link #OTHER}, exactly as in the authors' code; with it, R's lmer reproduces the published fixed effects
 * except Reasoning (R gives −0.1565, published −0.157). Counting QwQ as Qwen instead gives Reasoning −0.157
 * but log10 S −0.121 and Years +0.035 (published −0.120, +0.033), so QwQ stays in Other.
 * Distilled models such as "DeepSeek R1 Llama 8B" are DeepSeek because DeepSeek is tested first, and
 * "DataGemma RIG 27B" is Gemma.
 */
public enum ModelFamily {
    /** Names containing "deepseek". */
    DEEPSEEK("DeepSeek"),
    /** Names containing "llama". */
    LLAMA("Llama"),
    /** Names containing "gemma". */
    GEMMA("Gemma"),
    /** Names containing "qwen". */
    QWEN("Qwen"),
    /** Everything else. */
    OTHER("Other");

    private final String label;

    ModelFamily(String label) {
        this.label = label;
    }

    /** The family's display name, e.g. {@code DeepSeek}. */
    public String label() {
        return label;
    }

    /**
     * The family of a model name: first case-insensitive substring match in declaration order.
     *
     * @throws IllegalArgumentException when the name is null or blank
     */
    public static ModelFamily of(String modelName) {
        if (modelName == null || modelName.isBlank()) {
            throw new IllegalArgumentException("model name must not be blank");
        }
        String lower = modelName.toLowerCase(Locale.ROOT);
        for (ModelFamily family : values()) {
            if (family != OTHER && lower.contains(family.label.toLowerCase(Locale.ROOT))) {
                return family;
            }
        }
        return OTHER;
    }
}
