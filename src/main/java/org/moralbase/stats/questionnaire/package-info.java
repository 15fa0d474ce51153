/**
 * Questionnaire statistics (methods, "Scale reliability"; decision 0026): Cronbach's alpha and McDonald's omega
 * total per subscale ({@link org.moralbase.stats.questionnaire.ScaleReliability}, equal to R's {@code psych::alpha}
 * raw alpha and {@code psych::omega(x, nfactors = 1)} omega total), reverse scoring on a Likert scale, the 1-D
 * Wasserstein distance between two answer distributions, and a seeded percentile bootstrap of a mean difference.
 * Inputs are respondents × items matrices with {@code NaN} for a missing answer.
 */
package org.moralbase.stats.questionnaire;
