package org.moralbase.utility;

import java.util.List;
import org.moralbase.participation.SessionState;
import org.moralbase.study.PublicStudy;

/** A participant's session of a utility study: the pairs planned for it, in the order shown. */
public record UtilitySession(
        SessionState session, PublicStudy study, UtilitySettings settings, List<UtilityPage> pages) {

    /** Whether every pair is answered. */
    public boolean done() {
        return session.answered() >= pages.size();
    }
}
