package org.moralbase.participation;

import java.time.Instant;

/**
 * An answer as just stored, for the kind's own rows beside it ({@link KindRows}).
 *
 * @param sessionId the session's row id (the kinds' rows refer to it)
 * @param responseId the answer's row id
 * @param participantId the session's pseudonymous participant id (what exports print; it opens nothing)
 */
public record StoredResponse(
        long sessionId,
        long responseId,
        long studyId,
        String participantId,
        int position,
        String choice,
        Instant answeredAt,
        Long responseTimeMs) {}
