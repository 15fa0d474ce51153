/**
 * Likert questionnaires (issue #15, decision 0029; docs/methods.md, "Questionnaires") as a kind of study ({@link
 * org.moralbase.questionnaire.QuestionnaireKind}): a study's item bank ({@link
 * org.moralbase.questionnaire.QuestionnaireItems}, imported from a CSV or the demo bank), participants' sessions whose
 * item order is planned once, shuffled within blocks, with instructed-response attention items that screen out
 * ({@link org.moralbase.questionnaire.QuestionnaireParticipation}), models asked every item with its labelled scale
 * and read strictly ({@code QuestionnairePrompts}), subscale scores and item distributions of people and models
 * ({@link org.moralbase.questionnaire.QuestionnaireResults}) and the downloads ({@link
 * org.moralbase.questionnaire.QuestionnaireExport}). File shapes and scales are {@code questionnaire.format}'s.
 */
package org.moralbase.questionnaire;
