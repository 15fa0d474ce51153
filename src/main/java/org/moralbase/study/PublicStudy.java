package org.moralbase.study;

/**
 * What participant pages may know about a study: no owner. The seed is there because a participant's items are
 * generated from it (together with the session's own seed); it is never shown.
 *
 * @param settings the kind-specific settings document (JSON), or null
 */
public record PublicStudy(
        long id,
        String publicCode,
        String kind,
        String title,
        StudyStatus status,
        RecruitmentSettings recruitment,
        long randomSeed,
        String settings) {}
