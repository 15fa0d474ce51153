package org.moralbase.models;

import java.time.Instant;

/**
 * Published inside the transaction that stores a run's end (finished, or cancelled by a researcher), so that a listener
 * before the commit (webhooks' outbox) stores its consequence atomically with it. A run cancelled from another node
 * may be told twice (the page's node and then the executing node store the end); listeners treat it as one.
 */
public record RunEnded(long runId, Long studyId, long modelRef, RunStatus status, Instant endedAt) {}
