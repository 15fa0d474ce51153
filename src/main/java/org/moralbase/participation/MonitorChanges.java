package org.moralbase.participation;

import java.time.Instant;

/**
 * A summary of a study's sessions that differs whenever a row of its monitor would: compared, never shown.
 *
 * @param sessions how many sessions (no previews)
 * @param lastSeen the latest request of any session
 * @param lastFinished the latest end
 * @param lastExcluded the latest exclusion
 * @param excluded how many are excluded
 * @param lastStarted the latest arrival
 */
public record MonitorChanges(
        long sessions,
        Instant lastSeen,
        Instant lastFinished,
        Instant lastExcluded,
        long excluded,
        Instant lastStarted) {}
