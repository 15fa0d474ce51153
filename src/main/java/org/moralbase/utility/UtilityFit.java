package org.moralbase.utility;

import java.util.List;
import org.moralbase.stats.utility.Coherence;

/**
 * The utilities fitted to one group's votes: the study's people, or one model.
 *
 * @param label "People" or the model's name
 * @param utilities every outcome, in the study's order
 * @param coherence held-out accuracy and log loss, confidence, cycle probability; null when too few pairs to hold
 *     any out
 * @param votes votes counted (for models: their valid answers; unparseable ones are in {@code unparseable})
 * @param unparseable model answers that named neither option (0 for people)
 * @param pairs pairs with at least one vote (for published utilities: the file's pairs between the study's outcomes)
 * @param published utilities imported from a published results file (decision 0043), not fitted here: no votes
 */
public record UtilityFit(
        String label,
        boolean people,
        List<OutcomeUtility> utilities,
        Coherence coherence,
        int votes,
        int unparseable,
        int pairs,
        boolean published) {

    /** A fit of the study's own votes. */
    public UtilityFit(
            String label,
            boolean people,
            List<OutcomeUtility> utilities,
            Coherence coherence,
            int votes,
            int unparseable,
            int pairs) {
        this(label, people, utilities, coherence, votes, unparseable, pairs, false);
    }
}
