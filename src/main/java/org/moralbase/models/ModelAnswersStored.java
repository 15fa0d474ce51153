package org.moralbase.models;

/**
 * Published when model answers were inserted (a run's batch or an import), so open comparison views can update;
 * listeners run after the commit ({@link RunActivity}).
 *
 * @param runId the run the answers belong to
 * @param rows how many were inserted
 */
public record ModelAnswersStored(long runId, int rows) {}
