package org.moralbase.participation;

/**
 * The columns the researchers' monitor sorts by, each with the query expression that orders the sessions (over the
 * session {@code s}; whitelisted here, never taken from a request).
 */
public enum MonitorSort {
    STARTED("s.startedAt"),
    PARTICIPANT("s.publicId"),
    PLATFORM_ID("coalesce(s.externalId, s.source)"),
    STATUS("case when s.excludedAt is not null then 'EXCLUDED' else s.status end"),
    ANSWERS("(select count(r) from Response r where r.sessionId = s.id)"),
    TIME_ON_TASK("(coalesce(s.finishedAt, s.lastSeenAt, s.startedAt) - s.startedAt) by second"),
    CONDITION("s.conditionId"),
    DEVICE("s.device"),
    EXCLUSION("s.exclusionReason");

    private final String expression;

    MonitorSort(String expression) {
        this.expression = expression;
    }

    /** The ordering expression in Hibernate's query language. */
    public String expression() {
        return expression;
    }
}
