package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A session that never got consent ends as abandoned after the expiry (2 h); one that did is left alone. */
class UnconsentedSessionsIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    TestParticipants participants;

    @Autowired
    ParticipationService participation;

    @Autowired
    UnconsentedSessions expiry;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aSessionWaitingForConsentLongerThanTheExpiryEndsAsAbandoned() {
        logins.signIn(logins.createUser("expiry", Roles.RESEARCHER));
        long study = studies.create("Expiry", ChoicePairKind.ID).id();
        jdbc.update("UPDATE study SET status = ? WHERE id = ?", StudyStatus.OPEN.name(), study);
        logins.signOut();
        String waitingLong = participants.startFromProlific(study, "w1");
        String agreedLong = participants.startFromProlific(study, "w2");
        String waitingShort = participants.startFromProlific(study, "w3");
        participation.consent(agreedLong);
        Timestamp threeHoursAgo = Timestamp.from(Instant.now().minus(3, ChronoUnit.HOURS));
        for (String id : new String[] {waitingLong, agreedLong}) {
            jdbc.update("UPDATE participant_session SET started_at = ? WHERE access_token = ?", threeHoursAgo, id);
        }

        assertThat(expiry.expire()).isGreaterThanOrEqualTo(1);

        assertThat(participation.session(waitingLong).orElseThrow().status()).isEqualTo(SessionStatus.ABANDONED);
        assertThat(participation.session(waitingLong).orElseThrow().finishedAt())
                .isNotNull();
        assertThat(participation.session(agreedLong).orElseThrow().status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(participation.session(waitingShort).orElseThrow().status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(expiry.expire())
                .as("a second check changes nothing of these")
                .isZero();
    }
}
