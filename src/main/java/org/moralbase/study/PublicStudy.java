package org.moralbase.study;

/** What a participant may know about a study: no owner, no seed. */
public record PublicStudy(long id, String publicCode, StudyKind kind, String title, StudyStatus status) {}
