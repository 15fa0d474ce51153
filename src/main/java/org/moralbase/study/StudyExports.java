package org.moralbase.study;

import java.util.List;

/**
 * Downloads every study offers whatever its kind (e.g. the participants with their Prolific or MTurk ids), from a
 * feature that depends on this one: the study page lists them after the kind's own ({@link StudyKind#exports}).
 */
public interface StudyExports {

    /** The files offered for this study. */
    List<StudyExport> exports(StudySummary study);
}
