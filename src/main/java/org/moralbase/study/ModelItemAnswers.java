package org.moralbase.study;

import java.util.List;

/**
 * What models answered to a study's items when a run asked them, tallied per model and item in the item's own
 * option labels (an answer given with the options swapped counts for the option it named). Implemented by the
 * model runs; read by the features that compare models with people.
 */
public interface ModelItemAnswers {

    /** The tallies of every model asked this study's items; answers that never came are not counted. */
    List<ModelItemTally> tallies(long studyId);
}
