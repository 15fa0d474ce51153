package org.moralbase.study;

import java.time.Instant;

/** A study as lists and pages show it. */
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
        String settings) {}
