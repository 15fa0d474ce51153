package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.moralmachine.MoralMachineStudies;
import org.moralbase.study.PublicStudy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starting a session: the same Prolific id twice at once gets one session; any other refusal is not retried. */
class SessionStartIT extends IntegrationTest {

    @Autowired
    MoralMachineStudies studies;

    @Autowired
    ParticipationService participation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameProlificIdArrivingInSeveralTabsAtOnceGetsOneSession() throws Exception {
        PublicStudy study = studies.openOnProlific("Two tabs", "C0DE");
        Arrival arrival = new Arrival(Source.PROLIFIC, "pid-tabs", "study", "session", null, false);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<StartOutcome>> tabs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tabs.add(pool.submit(() -> {
                gate.await();
                return participation.start(study, arrival, null, "en", "desktop");
            }));
        }
        gate.countDown();
        List<String> sessions = new ArrayList<>();
        for (Future<StartOutcome> tab : tabs) {
            sessions.add(((StartOutcome.Ready) tab.get(60, TimeUnit.SECONDS))
                    .session()
                    .token());
        }
        pool.shutdown();

        assertThat(sessions).containsOnly(sessions.getFirst());
        assertThat(jdbc.queryForObject(
                        "select count(*) from participant_session where study_id = ?", Integer.class, study.id()))
                .isEqualTo(1);
    }

    @Test
    void aStartTheDatabaseRefusesForAnotherReasonIsThrownInsteadOfTriedAgain() {
        PublicStudy study = studies.open("Too long");
        String language = "x".repeat(40); // the column holds 16

        // before issue #11 each refusal started again, until the stack overflowed
        assertThatThrownBy(() -> participation.start(study, Arrival.publicLink(), null, language, "desktop"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
