package org.moralbase.study;

import java.util.List;

/**
 * A study's own items as a model is asked them. Implemented by the feature that owns a kind of item (choice
 * pairs, DVB prompts), so each dataset's prompt lives beside its data; model runs find the implementation for
 * a study's kind. Called without a signed-in user (runs resume at start-up), so implementations do no access
 * checks.
 */
public interface AskableItems {

    /** Whether this source holds the items of studies of this kind. */
    boolean serves(StudyKind kind);

    /** The study's items that a model can be asked, in a stable order (a resumed run rebuilds the same list). */
    List<AskableItem> items(long studyId);
}
