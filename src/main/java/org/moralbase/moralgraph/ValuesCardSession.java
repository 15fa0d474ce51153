package org.moralbase.moralgraph;

import java.util.List;
import java.util.Optional;
import org.moralbase.participation.SessionState;
import org.moralbase.study.PublicStudy;

/**
 * A participant's session of a values-card study: the card once written (answer 1) and the transitions planned with
 * it (answers 2 on), in the order shown.
 */
public record ValuesCardSession(
        SessionState session,
        PublicStudy study,
        ValuesCardSettings settings,
        Optional<CardView> card,
        List<TransitionPage> transitions) {

    /** Whether the card is written and every transition voted on. */
    public boolean done() {
        return card.isPresent() && session.answered() >= 1 + transitions.size();
    }
}
