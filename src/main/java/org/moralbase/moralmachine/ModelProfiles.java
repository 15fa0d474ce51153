package org.moralbase.moralmachine;

import java.util.List;

/**
 * Models' nine AMCEs for a participant's closing page: the latest finished run of each model on the study's
 * design. Implemented by the models feature (which depends on this one, so the dependency points that way);
 * absent when no implementation is present. Aggregates only.
 */
public interface ModelProfiles {

    /** At most {@code limit} models, most recent run first. */
    default List<ModelProfile> forStudy(long studyId, int limit) {
        return forStudy(studyId, null, limit);
    }

    /**
     * The models named in {@code only}, in that order, that have a finished run on the study (or, when
     * {@code only} is null, any models, most recent run first); at most {@code limit}.
     */
    List<ModelProfile> forStudy(long studyId, List<String> only, int limit);

    /** The names of every registered model, for a researcher to choose from. */
    List<String> modelNames();

    /** A model's name and its nine AMCEs in the order of methods §1.1 (NaN where not estimable). */
    record ModelProfile(String name, double[] amces) {}
}
