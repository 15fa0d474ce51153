package org.moralbase.questionnaire;

import java.util.Map;

/**
 * One subscale's scores (reverse-keyed items reversed: min + max − value).
 *
 * @param subscale its name
 * @param items how many scored items it has
 * @param people the people's scores: each person's mean over the subscale's items they answered, summarised over
 *     people
 * @param models per model (by name) the scores of its samples: each sample's mean over its valid answers to the
 *     subscale's items, summarised over samples (a sample is the k-th answer of a run to each item)
 * @param reliability α and ω over the people's answers ({@code stats.questionnaire.ScaleReliability}), or {@code null}
 *     when no person answered
 */
public record SubscaleScores(
        String subscale, int items, ScoreSummary people, Map<String, ScoreSummary> models, Reliability reliability) {

    /**
     * A subscale's reliability over the people's scored answers (docs/methods.md, "Scale reliability").
     *
     * @param alpha Cronbach's raw α (as {@code psych::alpha}), NaN when undefined
     * @param omega McDonald's ω total, one factor (as {@code psych::omega(x, nfactors = 1)}), NaN when undefined
     * @param notes why either is NaN, and warnings (an item loading negatively)
     */
    public record Reliability(double alpha, double omega, java.util.List<String> notes) {}
}
