package org.moralbase.participation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.WrappedSession;
import org.junit.jupiter.api.Test;

/** A finished participant's browser session waits two heartbeats and a minute after the tab closes, not 30 minutes. */
class EndedSessionsTest {

    private static WrappedSession session(int maxInactive) {
        WrappedSession session = mock(WrappedSession.class);
        when(session.getMaxInactiveInterval()).thenReturn(maxInactive);
        return session;
    }

    @Test
    void aParticipantsSessionIsShortenedToTwoHeartbeatsAndAMinute() {
        WrappedSession session = session(1800);

        assertThat(EndedSessions.shorten(session, 300, false)).isEqualTo(660);
        verify(session).setMaxInactiveInterval(660);
    }

    @Test
    void aSignedInResearchersSessionKeepsItsTimeout() {
        WrappedSession session = session(1800);

        assertThat(EndedSessions.shorten(session, 300, true)).isEqualTo(1800);
        verify(session, never()).setMaxInactiveInterval(org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void aShorterTimeoutIsNeverLengthenedAndNoHeartbeatMeansNoChange() {
        WrappedSession shortAlready = session(300);
        assertThat(EndedSessions.shorten(shortAlready, 300, false)).isEqualTo(300);
        verify(shortAlready, never()).setMaxInactiveInterval(org.mockito.ArgumentMatchers.anyInt());

        WrappedSession noHeartbeat = session(1800);
        assertThat(EndedSessions.shorten(noHeartbeat, -1, false)).isEqualTo(1800);
        verify(noHeartbeat, never()).setMaxInactiveInterval(org.mockito.ArgumentMatchers.anyInt());

        WrappedSession never = session(-1); // a session that never times out gets one
        assertThat(EndedSessions.shorten(never, 300, false)).isEqualTo(660);
    }
}
