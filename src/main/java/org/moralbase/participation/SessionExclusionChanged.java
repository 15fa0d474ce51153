package org.moralbase.participation;

/** Published when a session of the study was excluded or included again; live analyses rebuild from a scan. */
public record SessionExclusionChanged(long studyId) {}
