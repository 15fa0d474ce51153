package org.moralbase.participation;

import java.time.Instant;

/**
 * A participant's session as participant pages see it.
 *
 * @param publicId the anonymous id in the session's address
 * @param returnTo MTurk's submit host for this worker, else null
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
        String returnTo,
        SessionStatus status,
        String language,
        String device,
        long seed,
        int answered,
        boolean consented,
        boolean surveyDone,
        Instant startedAt,
        Instant finishedAt) {

    /** The same session after its answer at position {@code answered} was stored. */
    public SessionView withAnswered(int answered) {
        return new SessionView(
                publicId,
                studyId,
                source,
                externalId,
                externalStudyId,
                externalSessionId,
                returnTo,
                status,
                language,
                device,
                seed,
                answered,
                consented,
                surveyDone,
                startedAt,
                finishedAt);
    }
}
