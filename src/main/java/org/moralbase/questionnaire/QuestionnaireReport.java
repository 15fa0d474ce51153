package org.moralbase.questionnaire;

import java.util.List;

/**
 * A questionnaire's results (docs/methods.md, "Questionnaires"): people are the completed sessions that were not
 * excluded (screened-out sessions never count); attention items are never scored.
 *
 * @param people how many people's answers count
 * @param screenedOut sessions screened out by an attention item
 * @param models the models with answers, in name order
 * @param subscales per subscale the scores of people and models
 * @param items per item the distributions
 */
public record QuestionnaireReport(
        int people, int screenedOut, List<String> models, List<SubscaleScores> subscales, List<ItemScores> items) {}
