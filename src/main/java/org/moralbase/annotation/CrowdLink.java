package org.moralbase.annotation;

import org.moralbase.study.Recruitment;

/**
 * A project's public link for crowd workers.
 *
 * @param code the public code in {@code /annotate/crowd/<code>}
 * @param recruitment PROLIFIC or MTURK
 * @param completionCode shown (and sent back to Prolific) when a worker finishes
 * @param screenOutCode shown when a worker is screened out; may be null
 */
public record CrowdLink(String code, Recruitment recruitment, String completionCode, String screenOutCode) {

    /** The path to give the platform; Prolific and MTurk append their parameters. */
    public String path() {
        return "annotate/crowd/" + code;
    }
}
