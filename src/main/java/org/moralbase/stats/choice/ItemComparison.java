package org.moralbase.stats.choice;

/**
 * One item's model-versus-human figures.
 *
 * @param humanShareA humanA / (humanA + humanB), or null without decided human answers
 * @param modelShareA modelA / (modelA + modelB), or null without parseable model answers
 * @param smoothedModelShareA Jeffreys-smoothed (modelA + ½) / (modelA + modelB + 1), never 0 or 1
 * @param divergence KL(p_human ‖ q_model) in nats with the smoothed q, or null unless both sides have answers
 * @param agrees whether both strict majorities are the same option; null if either side is tied or empty
 */
public record ItemComparison(
        Double humanShareA, Double modelShareA, double smoothedModelShareA, Double divergence, Boolean agrees) {}
