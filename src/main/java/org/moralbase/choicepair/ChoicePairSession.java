package org.moralbase.choicepair;

import java.util.List;
import org.moralbase.participation.SessionState;
import org.moralbase.study.PublicStudy;

/** A participant's choice-pair session: its items, rebuilt from the study's and the session's seeds. */
public record ChoicePairSession(
        SessionState session, PublicStudy study, ChoicePairSettings settings, List<ChoicePairPage> pages) {

    /** Whether every item is answered. */
    public boolean done() {
        return session.answered() >= pages.size();
    }
}
