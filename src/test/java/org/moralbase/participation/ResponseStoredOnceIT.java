package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.participation.domain.ParticipantSession;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.moralbase.participation.domain.Response;
import org.moralbase.participation.domain.ResponseRepository;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The database itself refuses a second answer at the same position, and a second session per external id. */
class ResponseStoredOnceIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ParticipantSessionRepository sessions;

    @Autowired
    ResponseRepository responses;

    @Test
    void aSecondAnswerAtTheSamePositionIsRefusedByMariaDb() {
        logins.signIn(logins.createUser("rita", Roles.RESEARCHER));
        long studyId = studies.create("Once", MoralMachineKind.ID).id();
        logins.signOut();
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        ParticipantSession session = sessions.save(new ParticipantSession(
                studyId,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "PROLIFIC",
                "pid-1",
                "s",
                "x",
                null,
                "en",
                "desktop",
                42L,
                now));

        responses.save(new Response(session.getId(), 1, "mm-1", "{}", "left", now, now.plusMillis(900), 900L));
        assertThatThrownBy(() -> responses.save(
                        new Response(session.getId(), 1, "mm-1", "{}", "right", now, now.plusMillis(950), 950L)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(responses.findBySessionIdOrderByPosition(session.getId()))
                .singleElement()
                .extracting(Response::getChoice)
                .isEqualTo("left");

        assertThatThrownBy(() -> sessions.save(new ParticipantSession(
                        studyId,
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(),
                        "PROLIFIC",
                        "pid-1",
                        "s",
                        "y",
                        null,
                        "en",
                        "mobile",
                        7L,
                        now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
