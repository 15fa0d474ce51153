package org.moralbase.study;

import java.time.Duration;
import java.time.Instant;

/**
 * What participant pages may know about a study: no owner. The seed is there because a participant's items are
 * generated from it (together with the session's own seed); it is never shown.
 *
 * @param settings the kind-specific settings document (JSON), or null
 * @param closeGraceMinutes how long sessions in progress may go on answering once the study closes
 * @param closedAt when the study last closed; null while it is a draft or open
 */
public record PublicStudy(
        long id,
        String publicCode,
        String kind,
        String title,
        StudyStatus status,
        RecruitmentSettings recruitment,
        long randomSeed,
        String settings,
        int closeGraceMinutes,
        Instant closedAt) {

    /**
     * Whether a participant's session of this study may store an answer at {@code now} (decision 0034): while the
     * study is open, and after it closed until the grace period the researcher set has passed. A study closed with no
     * time of closing (before V0098) takes none.
     */
    public boolean takesAnswers(Instant now) {
        return switch (status) {
            case OPEN -> true;
            case CLOSED -> closedAt != null && now.isBefore(answersUntil());
            case DRAFT -> false;
        };
    }

    /** When the grace period after closing ends; null while the study is not closed. */
    public Instant answersUntil() {
        return closedAt == null ? null : closedAt.plus(Duration.ofMinutes(closeGraceMinutes));
    }
}
