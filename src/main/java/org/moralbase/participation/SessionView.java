package org.moralbase.participation;

import java.time.Instant;

/**
 * A participant's session as participant pages see it.
 *
 * @param publicId the anonymous id in the session's address
 * @param answered how many answers are stored; the next item shown is at position answered + 1
 * @param seed the session's seed: with the study's seed it rebuilds the same items after a reload or restart
 */
public record SessionView(
        String publicId,
        long studyId,
        Source source,
        String externalId,
        String externalStudyId,
        String externalSessionId,
        SessionStatus status,
        String language,
        String device,
        long seed,
        int answered,
        boolean consented,
        boolean surveyDone,
        Instant startedAt,
        Instant finishedAt) {}
