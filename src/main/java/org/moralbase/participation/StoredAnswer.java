package org.moralbase.participation;

import java.time.Instant;

/** A stored answer, for the participant's own summary, exports and analyses. */
public record StoredAnswer(
        int position,
        String itemKey,
        String shown,
        String choice,
        Instant shownAt,
        Instant answeredAt,
        Long responseTimeMs) {}
