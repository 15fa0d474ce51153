package org.moralbase.study;

import java.util.Optional;

/**
 * What a study holds that deleting it would lose (participants' sessions, model runs), from a feature that depends
 * on this one. A study is deleted only while every source answers empty; otherwise it can be archived.
 */
public interface StudyContents {

    /** What the study holds, in a few words ("12 participant sessions"), or empty when it holds none of it. */
    Optional<String> held(long studyId);

    /** How many participants' sessions of the study are still in progress (they may finish after it closes). */
    default long inProgress(long studyId) {
        return 0;
    }

    /**
     * Copies what this feature keeps of a study's design (its conditions) to a new duplicate of it, in the
     * duplicate's transaction; answers are never copied.
     *
     * @return how many rows were copied, for the audit trail
     */
    default int copyToDuplicate(long fromStudyId, long toStudyId) {
        return 0;
    }
}
