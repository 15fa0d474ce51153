package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.participation.Answer;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.MonitorChanges;
import org.moralbase.participation.MonitorRow;
import org.moralbase.participation.MonitorSort;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionMonitor;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** The researchers' monitor sorted by each of its columns in MariaDB, and the value it polls to follow changes. */
class MonitorOrderIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    ParticipationService participation;

    @Autowired
    SessionMonitor monitor;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void everyColumnSortsInTheDatabaseAcrossPagesAndTheChangesValueMovesWithEveryRowChange() {
        String researcher = logins.createUser("morder", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Sorted monitor", MoralMachineKind.ID).id();
        studies.setStatus(id, StudyStatus.OPEN);
        PublicStudy study = publicStudies.byId(id).orElseThrow();
        studyId = id;
        logins.signOut();
        String one = answer(study, 0, 1, "mobile");
        String three = answer(study, 1, 3, "desktop");
        String two = answer(study, 2, 2, "tablet");
        participation.finish(two, SessionStatus.COMPLETED);
        logins.signIn(researcher);
        String pOne = participation.session(one).orElseThrow().participantId();
        String pTwo = participation.session(two).orElseThrow().participantId();
        String pThree = participation.session(three).orElseThrow().participantId();

        // by answers: 3, 2, 1 descending; the database orders, so a page of one row is the right one
        assertThat(participants(MonitorSort.ANSWERS, true, 0, 10)).containsExactly(pThree, pTwo, pOne);
        assertThat(participants(MonitorSort.ANSWERS, false, 0, 10)).containsExactly(pOne, pTwo, pThree);
        assertThat(participants(MonitorSort.ANSWERS, true, 1, 1)).containsExactly(pTwo);
        // by device: desktop, mobile, tablet
        assertThat(participants(MonitorSort.DEVICE, false, 0, 10)).containsExactly(pThree, pOne, pTwo);
        // by status: ACTIVE before COMPLETED ascending
        assertThat(participants(MonitorSort.STATUS, false, 0, 10).getLast()).isEqualTo(pTwo);
        // newest first by default, as before
        assertThat(monitor.rows(id, null, 0, 10).stream().map(MonitorRow::participant))
                .containsExactly(pTwo, pThree, pOne);
        // every column is a valid ordering in MariaDB, both ways, with the status filter too
        for (MonitorSort sort : MonitorSort.values()) {
            assertThat(participants(sort, true, 0, 10)).as(sort.name()).hasSize(3);
            assertThat(participants(sort, false, 0, 10)).as(sort.name()).hasSize(3);
            assertThat(monitor.rows(id, "ACTIVE", sort, false, 0, 10))
                    .as(sort.name())
                    .hasSize(2);
        }

        MonitorChanges before = monitor.changes(id);
        assertThat(monitor.changes(id)).as("nothing happened").isEqualTo(before);
        logins.signOut();
        answerNext(study, one, 2);
        logins.signIn(researcher);
        MonitorChanges afterAnswer = monitor.changes(id);
        assertThat(afterAnswer).as("an answer").isNotEqualTo(before);
        long sessionOne = monitor.rows(id, null, MonitorSort.ANSWERS, false, 0, 1)
                .getFirst()
                .sessionId();
        monitor.exclude(id, sessionOne, "speeder");
        MonitorChanges afterExclusion = monitor.changes(id);
        assertThat(afterExclusion).as("an exclusion").isNotEqualTo(afterAnswer);
        monitor.include(id, sessionOne);
        assertThat(monitor.changes(id)).as("an inclusion").isNotEqualTo(afterExclusion);
        MonitorChanges beforeArrival = monitor.changes(id);
        logins.signOut();
        answer(study, 3, 0, "desktop");
        logins.signIn(researcher);
        assertThat(monitor.changes(id)).as("an arrival").isNotEqualTo(beforeArrival);
    }

    private long studyId;

    private List<String> participants(MonitorSort sort, boolean descending, int offset, int limit) {
        return monitor.rows(studyId, null, sort, descending, offset, limit).stream()
                .map(MonitorRow::participant)
                .toList();
    }

    /** Starts a session and answers its first {@code n} scenarios; returns its token. */
    private String answer(PublicStudy study, int k, int n, String device) {
        SessionState session =
                ((StartOutcome.Ready) participation.start(study, Arrival.publicLink(), null, "en", device)).session();
        for (int p = 1; p <= n; p++) {
            answerNext(study, session.token(), p);
        }
        return session.token();
    }

    private void answerNext(PublicStudy study, String token, int p) {
        ScenarioGenerator generator = MoralMachineSettings.defaults().generator(study.randomSeed());
        Scenario s = generator.session(0).get(p - 1);
        participation.record(
                token,
                new Answer(
                        p, "mm-" + p, new ShownScenario(s, false).toJson(), ShownScenario.LEFT, Instant.now(), 900L));
    }
}
