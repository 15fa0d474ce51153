package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live AMCEs in a cluster (issue 16, decision 0041): answers stored through another app node reach no event of this
 * node, so they are written here straight into the database, as that node would. This node's live results and a
 * watching page catch up with them within the catch-up interval (1 s in tests), and an exclusion made through the
 * other node leaves the excluded participant out again.
 */
class LiveAmceAcrossNodesIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Autowired
    LiveAmce live;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void answersAndExclusionsThroughAnotherNodeReachThisNodesLiveResults() throws Exception {
        String owner = logins.createUser("nadia", Roles.RESEARCHER);
        logins.signIn(owner);
        long study = studies.create("Two nodes", MoralMachineKind.ID).id();
        studies.setStatus(study, StudyStatus.OPEN);
        logins.signOut();
        participants.take(publicStudies.byId(study).orElseThrow(), 0, 4, 17);
        logins.signIn(owner);
        LiveSnapshot before = live.snapshot(study); // built on this node
        long answers = before.answers();
        long template =
                jdbc.queryForObject("SELECT MIN(id) FROM participant_session WHERE study_id = ?", Long.class, study);
        int perSession =
                jdbc.queryForObject("SELECT COUNT(*) FROM response WHERE session_id = ?", Integer.class, template);

        long other = storedByAnotherNode(template);
        awaitAnswers(study, answers + perSession);
        assertThat(live.snapshot(study).participants()).isEqualTo(before.participants() + 1);

        // a page watching the study is told, as it is of this node's own answers
        AtomicInteger told = new AtomicInteger();
        long second;
        try (AutoCloseable watching = live.subscribe(study, told::incrementAndGet)) {
            second = storedByAnotherNode(template);
            long until = System.nanoTime() + 10_000_000_000L;
            while (told.get() == 0 && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(told.get()).as("the watching page was told").isPositive();
        }
        awaitAnswers(study, answers + 2L * perSession);

        // excluded through the other node (no event here): left out again
        jdbc.update(
                "UPDATE participant_session SET excluded_at = ?, excluded_by = 'other-node', exclusion_reason = 'test'"
                        + " WHERE id = ?",
                Timestamp.from(Instant.now()),
                other);
        awaitAnswers(study, answers + perSession);
        assertThat(live.snapshot(study).participants()).isEqualTo(before.participants() + 1);

        // erased through the other node (decision 0033; the session and its answers deleted, the erasure audited):
        // its answers leave this node's live AMCEs too
        jdbc.update("DELETE FROM participant_session WHERE id = ?", second);
        jdbc.update(
                "INSERT INTO audit_event (occurred_at, actor, action, target_type, target_id, detail)"
                        + " VALUES (?, 'other-node', 'PARTICIPANT_ERASED', 'study', ?, 'test')",
                Timestamp.from(Instant.now()),
                Long.toString(study));
        awaitAnswers(study, answers);
        assertThat(live.snapshot(study).participants()).isEqualTo(before.participants());
    }

    /** A session with the template's answers, written as another node would (no event on this one); its id. */
    private long storedByAnotherNode(long template) {
        String publicId = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO participant_session (study_id, public_id, access_token, source, status, language, device,"
                        + " random_seed, started_at, finished_at, consented_at, last_seen_at, version)"
                        + " SELECT study_id, ?, ?, source, status, language, device, random_seed, started_at,"
                        + " finished_at, consented_at, ?, 0 FROM participant_session WHERE id = ?",
                publicId,
                UUID.randomUUID().toString().replace("-", ""),
                now,
                template);
        long id = jdbc.queryForObject("SELECT id FROM participant_session WHERE public_id = ?", Long.class, publicId);
        jdbc.update(
                "INSERT INTO response (session_id, position, item_key, shown, choice, shown_at, answered_at,"
                        + " response_time_ms) SELECT ?, position, item_key, shown, choice, shown_at, ?,"
                        + " response_time_ms FROM response WHERE session_id = ?",
                id,
                now,
                template);
        return id;
    }

    private void awaitAnswers(long study, long expected) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        long got = live.snapshot(study).answers();
        while (got != expected && System.nanoTime() < until) {
            Thread.sleep(200);
            got = live.snapshot(study).answers();
        }
        assertThat(got).as("answers in this node's live AMCEs").isEqualTo(expected);
    }
}
