package org.moralbase.study;

import java.util.Optional;

/**
 * Whether a study could take participants, asked before it opens: implemented by the features that own a kind's
 * items (they depend on this package, so the dependency points that way). A check answers only for its own kind.
 */
public interface OpeningCheck {

    /** Why participants of this study would see nothing to answer, or empty when they would (or for other kinds). */
    Optional<String> problem(long studyId, StudyKind kind);
}
