package org.moralbase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.LiveAmce;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.Participants;
import org.moralbase.participation.MonitorRow;
import org.moralbase.participation.SessionMonitor;
import org.moralbase.participation.TestParticipants;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Erasure of one participant (issue 17 item 10, decision 0033) over the REST API on MariaDB: by pseudonym or platform
 * id, the session and every row referring to it go in one transaction, the others' stay, the live results and the
 * audit log follow; another researcher's token and an unknown id get 404.
 */
class ParticipantErasureIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Autowired
    TestParticipants prolific;

    @Autowired
    SessionMonitor monitor;

    @Autowired
    LiveAmce live;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aResearcherErasesOneParticipantByPseudonymOrPlatformIdAndNothingElse() throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = logins.createUser("erin", Roles.RESEARCHER);
        String token = api.token(owner, TestLogins.PASSWORD);
        long id = api.study(token, "Erasure", MoralMachineKind.ID);
        logins.signIn(owner);
        studies.setStatus(id, StudyStatus.OPEN);
        logins.signOut();
        participants.take(publicStudies.byId(id).orElseThrow(), 0, 3, 11);
        String pidToken = prolific.startFromProlific(id, "5f0c1a2b3c4d5e6f7a8b9c77");
        logins.signIn(owner);
        String gone = monitor.rows(id, null, 0, 10).getLast().participant(); // the first to arrive
        long before = live.snapshot(id).participants();
        logins.signOut();
        assertThat(answersOf(id)).isEqualTo(3 * 13);
        assertThat(sessionsOf(id)).isEqualTo(4);

        HttpResponse<String> stranger =
                delete(api, api.token(logins.createUser("mallory", Roles.RESEARCHER), TestLogins.PASSWORD), id, gone);
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(answersOf(id)).isEqualTo(3 * 13);

        HttpResponse<String> erased = delete(api, token, id, gone);
        assertThat(erased.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.json(erased);
        assertThat(body.get("participants").get(0).asString()).isEqualTo(gone);
        assertThat(body.get("answers").asLong()).isEqualTo(13);
        assertThat(answersOf(id)).isEqualTo(2 * 13);
        assertThat(sessionsOf(id)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM participant_session WHERE public_id = ?", Integer.class, gone))
                .isZero();
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE action = 'PARTICIPANT_ERASED' AND target_id = ?",
                        String.class,
                        Long.toString(id)))
                .containsExactly("participant " + gone + ": session and 13 answers deleted");
        logins.signIn(owner);
        assertThat(live.snapshot(id).participants()).isEqualTo(before - 1);
        assertThat(monitor.rows(id, null, 0, 10))
                .extracting(MonitorRow::participant)
                .doesNotContain(gone);
        logins.signOut();

        // by the platform id, as a Prolific participant asking for deletion would give it
        HttpResponse<String> byPid = delete(api, token, id, "5f0c1a2b3c4d5e6f7a8b9c77");
        assertThat(byPid.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(byPid).get("answers").asLong()).isZero();
        assertThat(sessionsOf(id)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM participant_session WHERE access_token = ?", Integer.class, pidToken))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%5f0c1a2b3c4d5e6f7a8b9c77%'",
                        Integer.class))
                .as("the platform id is never written to the audit log")
                .isZero();

        HttpResponse<String> again = delete(api, token, id, gone);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("No participant of study " + id);
        assertThat(answersOf(id)).isEqualTo(2 * 13);
    }

    private static HttpResponse<String> delete(ApiClient api, String token, long study, String participant)
            throws Exception {
        return api.send(api.request("/api/v1/studies/" + study + "/participants/" + participant)
                .header("Authorization", "Bearer " + token)
                .DELETE());
    }

    private int answersOf(long study) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM response r JOIN participant_session s ON s.id = r.session_id WHERE s.study_id = ?",
                Integer.class,
                study);
    }

    private int sessionsOf(long study) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM participant_session WHERE study_id = ?", Integer.class, study);
    }
}
