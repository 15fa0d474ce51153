/**
 * Runs in the background: a run's prompt list rebuilt from its kind's items, settings and seed ({@link
 * org.moralbase.models.runs.RunPlan}), the executor that asks, resumes after a restart, pauses and cancels, and the
 * writer that stores outcomes in batches. No access checks here; {@code ModelRunService} does them. Internal to
 * {@code models}.
 */
package org.moralbase.models.runs;
