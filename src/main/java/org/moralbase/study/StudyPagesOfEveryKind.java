package org.moralbase.study;

import java.util.List;

/**
 * Researcher pages every study has whatever its kind (e.g. the participants monitor), from a feature that depends on
 * this one: the study page links them after the kind's own ({@link StudyKind#pages}), as {@link StudyExports} does
 * for downloads.
 */
public interface StudyPagesOfEveryKind {

    /** The pages, each a view under {@code studies/:id/…}. */
    List<StudyPage> pages();
}
