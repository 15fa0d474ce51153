package org.moralbase.utility;

/** One outcome's fitted utility: mean μ (normalised to mean 0, SD 1 over the outcomes) and variance σ². */
public record OutcomeUtility(String key, String description, String category, double mean, double variance) {}
