package org.moralbase.study;

import java.time.Instant;

/**
 * A study as lists and pages show it.
 *
 * @param archivedAt when the study was archived (out of lists and pickers, kept whole), {@code null} while in use
 * @param closeGraceMinutes how long sessions in progress may go on answering once the study closes (decision 0034)
 * @param closedAt when the study last closed; {@code null} while it is a draft or open
 */
public record StudySummary(
        long id,
        String publicCode,
        String kind,
        String title,
        StudyStatus status,
        long ownerId,
        String ownerName,
        long randomSeed,
        Instant createdAt,
        Instant updatedAt,
        RecruitmentSettings recruitment,
        String settings,
        Instant archivedAt,
        int closeGraceMinutes,
        Instant closedAt) {

    /** True once the study is archived. */
    public boolean archived() {
        return archivedAt != null;
    }
}
