package org.moralbase.questionnaire;

import java.util.Map;

/**
 * One subscale's scores (reverse-keyed items reversed: min + max − value).
 *
 * @param subscale its name
 * @param items how many scored items it has
 * @param people the people's scores: each person's mean over the subscale's items they answered, summarised over
 *     people
 * @param models per model (by name) the mean over its valid answers to the subscale's items, summarised over answers
 * @param reliability α and ω over the people's answers — NOT YET COMPUTED: {@code null} until the integrator wires
 *     {@code stats.questionnaire} (Cronbach's α, McDonald's ω) in here
 */
public record SubscaleScores(
        String subscale, int items, ScoreSummary people, Map<String, ScoreSummary> models, Reliability reliability) {

    /**
     * A subscale's reliability over the people's answers (placeholder for {@code stats.questionnaire}).
     *
     * @param alpha Cronbach's α (raw alpha, as {@code psych::alpha})
     * @param omega McDonald's ω total (as {@code psych::omega})
     */
    public record Reliability(double alpha, double omega) {}
}
