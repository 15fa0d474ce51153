package org.moralbase.questionnaire;

import java.util.List;
import org.moralbase.participation.SessionState;
import org.moralbase.study.PublicStudy;

/** A participant's session of a questionnaire: the items planned for it, in the order shown. */
public record QuestionnaireSession(
        SessionState session, PublicStudy study, QuestionnaireSettings settings, List<QuestionnairePage> pages) {

    /** Whether every item is answered. */
    public boolean done() {
        return session.answered() >= pages.size();
    }
}
