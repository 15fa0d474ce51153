package org.moralbase.participation;

import java.time.Duration;
import java.time.Instant;

/**
 * One participant session as the researchers' monitor shows it.
 *
 * @param sessionId the session's id (for excluding it)
 * @param participant the pseudonymous id the exports carry
 * @param source how the participant came (Prolific, MTurk, a public link)
 * @param externalId the platform's participant id (PROLIFIC_PID, workerId), or null
 * @param status where the session stands
 * @param answered answers stored
 * @param startedAt arrival
 * @param lastSeenAt the last request of the session, or null
 * @param finishedAt completion, screen-out or abandonment, or null while active
 * @param device the device class the browser reported, or null
 * @param language the participant's language
 * @param exclusionReason why a researcher excluded the session, or null when it counts
 * @param excludedBy who excluded it, or null
 * @param condition the code of the session's between-subjects condition, or null when the study has none
 * @param attention the session's attention checks answered so far, or null when its kind has none or it answered none
 * @param platformIdsDroppedAt when the retention job dropped the platform ids, or null while kept (decision 0039)
 */
public record MonitorRow(
        long sessionId,
        String participant,
        Source source,
        String externalId,
        SessionStatus status,
        int answered,
        Instant startedAt,
        Instant lastSeenAt,
        Instant finishedAt,
        String device,
        String language,
        String exclusionReason,
        String excludedBy,
        String condition,
        Attention attention,
        Instant platformIdsDroppedAt) {

    /**
     * A session's attention checks answered so far.
     *
     * @param passed how many it passed
     * @param failed how many it failed
     */
    public record Attention(int passed, int failed) {

        /** For the monitor, e.g. "2 passed" or "1 failed of 3". */
        public String describe() {
            return failed == 0 ? passed + " passed" : failed + " failed of " + (passed + failed);
        }
    }

    /** Whether the session is left out of the analyses and exports. */
    public boolean excluded() {
        return exclusionReason != null;
    }

    /** From arrival to the end, or to the last request while the session is open. */
    public Duration timeOnTask() {
        Instant end = finishedAt != null ? finishedAt : lastSeenAt != null ? lastSeenAt : startedAt;
        return Duration.between(startedAt, end);
    }
}
