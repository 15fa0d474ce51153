package org.moralbase.stats.amce;

/**
 * One dimension's part of the Takemoto (2026) distance D (methods §3).
 *
 * @param attribute the attribute
 * @param difference the signed difference {@code amce − reference}
 * @param shareOfSquaredDistance {@code difference² / D²} (the nine shares sum to 1; all 0 when D = 0)
 */
public record DimensionDifference(AmceAttribute attribute, double difference, double shareOfSquaredDistance) {}
