/**
 * Language models and what they answered, for every kind of study (decision 0012). The root package is the feature's
 * API: the registry ({@link org.moralbase.models.ModelRegistryService}), runs that ask a study's items as its kind
 * words them ({@link org.moralbase.models.ModelRunService}, {@link org.moralbase.models.RunRequest}), the one store
 * of model answers, asked or imported ({@link org.moralbase.models.ModelAnswers}, {@link
 * org.moralbase.models.PlainAnswers}), finished runs for participant pages ({@link
 * org.moralbase.models.FinishedRuns}) and the run-change signals ({@link org.moralbase.models.RunActivity}). Spring
 * services with access checks; inside: {@code client} (plain Java: endpoints, HTTP, retries, bounded concurrency),
 * {@code registry} (keys and endpoints), {@code runs} (the executor and plans of runs), {@code domain} (entities and
 * the answer table), {@code ui} (the registry page, the start-run dialog, the run page). Which models stand closest
 * to people is each kind's own science and lives with the kind (e.g. Moral Machine's AMCE distance).
 */
package org.moralbase.models;
