package org.moralbase.participation.ui;

import com.vaadin.flow.server.WrappedSession;

/**
 * A participant's browser session once their study session has ended (issue 16): nothing more will be stored through
 * it, so it need not wait the servlet's full timeout (30 minutes) after the tab is closed, holding its UI in the
 * heap. At a crowd's arrival rate those finished sessions are most of the sessions a node holds. While the tab stays
 * open, Vaadin's heartbeat keeps it alive, so the closing page (its codes, its chart downloads) keeps working.
 */
final class EndedSessions {

    private EndedSessions() {}

    /**
     * Shortens the session's idle timeout to two heartbeats and a minute, unless it is already shorter or someone is
     * signed in on it (a researcher previewing their study keeps their own timeout).
     *
     * @param heartbeatSeconds Vaadin's heartbeat interval
     * @return the idle timeout the session now has, in seconds
     */
    static int shorten(WrappedSession session, int heartbeatSeconds, boolean signedIn) {
        int shorter = 2 * heartbeatSeconds + 60;
        int now = session.getMaxInactiveInterval();
        if (!signedIn && heartbeatSeconds > 0 && (now <= 0 || shorter < now)) {
            session.setMaxInactiveInterval(shorter);
            return shorter;
        }
        return now;
    }
}
