package org.moralbase.models;

/**
 * Something changed about a model run: answers were stored, or it ended (finished, cancelled, or imported).
 * It carries no data; a view that cares asks the services again, with their access checks.
 *
 * @param runId the run
 * @param ended whether the run will not change any more
 */
public record RunChange(long runId, boolean ended) {}
