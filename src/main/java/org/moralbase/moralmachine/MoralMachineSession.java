package org.moralbase.moralmachine;

import java.util.List;
import org.moralbase.participation.SessionState;
import org.moralbase.study.PublicStudy;

/**
 * A participant's Moral Machine session: the session, its study, the study's settings and the scenarios, rebuilt
 * from the study's and the session's seeds (the same after any reload or restart).
 */
public record MoralMachineSession(
        SessionState session, PublicStudy study, MoralMachineSettings settings, List<Scenario> scenarios) {

    /** The 1-based position of the next scenario to answer. */
    public int nextPosition() {
        return session.answered() + 1;
    }

    /** The same session after the answer at {@code position} was stored: no need to read it again. */
    public MoralMachineSession answered(int position) {
        return new MoralMachineSession(session.withAnswered(position), study, settings, scenarios);
    }

    /** True once every scenario is answered. */
    public boolean scenariosDone() {
        return session.answered() >= scenarios.size();
    }
}
