package org.moralbase.study;

import java.util.List;

/**
 * How a kind compares models with people beyond its results (the Moral Machine's distance D from the human AMCEs), for
 * callers other than its comparison page (the REST API). A bean of the kind's own package; found by {@link #kind()},
 * so nothing names the kind.
 */
public interface ModelsBesidePeople {

    /** The kind it compares ({@link StudyKind#id()}). */
    String kind();

    /**
     * The runs' numbers beside the people's, as the comparison page computes them; the service behind it checks access.
     *
     * @param runIds the runs to compare; empty: every finished run on the study
     * @param baseline "study" (the study's own participants) or "published" (the paper's people, where the kind has
     *     them)
     * @throws IllegalArgumentException naming the parameter when a value is not one of these
     */
    Object compare(long studyId, List<Long> runIds, String baseline);
}
