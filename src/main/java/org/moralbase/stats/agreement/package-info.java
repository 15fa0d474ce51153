/**
 * Agreement between annotators (methods §5): Krippendorff's alpha from the coincidence matrix (nominal,
 * ordinal, interval, ratio; any number of coders; missing values) with a seeded unit bootstrap, Fleiss'
 * kappa with per-category kappas, Cohen's kappa with its Fleiss–Cohen–Everitt (1969) standard error, and
 * per-item majority summaries. Inputs are a coders × units matrix or long-format {@link
 * org.moralbase.stats.agreement.Rating} records.
 */
package org.moralbase.stats.agreement;
