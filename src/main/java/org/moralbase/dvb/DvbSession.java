package org.moralbase.dvb;

import java.util.List;
import org.moralbase.participation.SessionState;
import org.moralbase.study.PublicStudy;

/**
 * A participant's DVB session: its trials (empty until assigned at consent), the worked example, and where the
 * session stands.
 *
 * @param example the worked example: a trial whose new pair repeats an earlier choice, answer in {@code test.chosen}
 * @param failedChecks attention checks failed so far
 */
public record DvbSession(
        SessionState session,
        PublicStudy study,
        DvbSettings settings,
        List<DvbTrialPage> trials,
        DvbTrialPage example,
        int failedChecks) {

    /** The 1-based position of the next trial. */
    public int nextPosition() {
        return session.answered() + 1;
    }

    /** Whether every assigned trial is answered. */
    public boolean trialsDone() {
        return !trials.isEmpty() && session.answered() >= trials.size();
    }
}
