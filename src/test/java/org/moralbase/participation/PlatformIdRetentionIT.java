package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyRetention;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A study's retention period (decision 0039) on MariaDB: platform ids of sessions that ended longer ago are dropped,
 * with the answers, the pseudonym and newer sessions' ids kept; audited with the count; idempotent; shown in the
 * participants export and the monitor; only who may see the study sets it.
 */
class PlatformIdRetentionIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    StudyRetention retention;

    @Autowired
    TestParticipants participants;

    @Autowired
    ParticipationService participation;

    @Autowired
    PlatformIdRetention job;

    @Autowired
    ParticipantsExport export;

    @Autowired
    SessionMonitor monitor;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void platformIdsOfSessionsEndedLongerAgoThanTheStudysPeriodAreDroppedAndAudited() throws Exception {
        String owner = logins.createUser("keeper", Roles.RESEARCHER);
        logins.signIn(owner);
        long study = studies.create("Retention", ChoicePairKind.ID).id();
        jdbc.update("UPDATE study SET status = ? WHERE id = ?", StudyStatus.OPEN.name(), study); // no items needed
        assertThatThrownBy(() -> retention.set(study, 0)).hasMessage(StudyRetention.RULE);
        retention.set(study, 30);
        assertThat(retention.ofStudy(study)).hasValue(30);
        logins.signOut();
        String old = participants.startFromProlific(study, "5f0c1a2b3c4d5e6f7a8b9c01");
        String recent = participants.startFromProlific(study, "5f0c1a2b3c4d5e6f7a8b9c02");
        String active = participants.startFromProlific(study, "5f0c1a2b3c4d5e6f7a8b9c03");
        participation.finish(old, SessionStatus.COMPLETED);
        participation.finish(recent, SessionStatus.COMPLETED);
        Instant now = Instant.now();
        setTimes(old, now.minus(31, ChronoUnit.DAYS));
        setTimes(recent, now.minus(29, ChronoUnit.DAYS));
        String oldPseudonym = participants.participantId(old);

        assertThat(job.drop()).isEqualTo(1);

        SessionState dropped = participation.session(old).orElseThrow();
        assertThat(dropped.externalId()).isNull();
        assertThat(dropped.externalStudyId()).isNull();
        assertThat(dropped.externalSessionId()).isNull();
        assertThat(dropped.platformIdsDroppedAt()).isNotNull();
        assertThat(dropped.participantId()).isEqualTo(oldPseudonym);
        assertThat(dropped.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(participation.session(recent).orElseThrow().externalId()).isEqualTo("5f0c1a2b3c4d5e6f7a8b9c02");
        assertThat(participation.session(active).orElseThrow().externalId()).isEqualTo("5f0c1a2b3c4d5e6f7a8b9c03");
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE action = 'PLATFORM_IDS_DROPPED' AND target_id = ?",
                        String.class,
                        Long.toString(study)))
                .containsExactly("1 participants' platform ids dropped, 30 days after their sessions ended");
        assertThat(job.drop())
                .as("a second run (another node) drops nothing more")
                .isZero();

        logins.signIn(owner);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(study, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).endsWith(",condition,platform_ids_dropped_at");
        String oldLine = lines.stream()
                .filter(l -> l.startsWith(oldPseudonym))
                .findFirst()
                .orElseThrow();
        assertThat(oldLine).startsWith(oldPseudonym + ",PROLIFIC,,,,COMPLETED,");
        assertThat(oldLine).doesNotEndWith(",");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("5f0c1a2b3c4d5e6f7a8b9c01");
        assertThat(monitor.rows(study, null, 0, 10))
                .filteredOn(r -> r.participant().equals(oldPseudonym))
                .singleElement()
                .satisfies(r -> assertThat(r.platformIdsDroppedAt()).isNotNull());

        // back to the server's default (none in tests): nothing more is dropped
        retention.set(study, null);
        assertThat(retention.ofStudy(study)).isEmpty();
        setTimes(recent, now.minus(400, ChronoUnit.DAYS));
        assertThat(job.drop()).isZero();

        logins.signIn(logins.createUser("stranger", Roles.RESEARCHER));
        assertThatThrownBy(() -> retention.set(study, 1)).isInstanceOf(StudyNotFoundException.class);
    }

    private void setTimes(String token, Instant at) {
        jdbc.update(
                "UPDATE participant_session SET started_at = ?, finished_at = ?, last_seen_at = ? WHERE access_token = ?",
                Timestamp.from(at.minusSeconds(600)),
                Timestamp.from(at),
                Timestamp.from(at),
                token);
    }
}
