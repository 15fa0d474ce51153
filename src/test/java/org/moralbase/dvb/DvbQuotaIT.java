package org.moralbase.dvb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.Source;
import org.moralbase.participation.StartOutcome;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Quotas per condition fill evenly when many participants arrive at once, and abandoned slots come back. */
class DvbQuotaIT extends IntegrationTest {

    @Autowired
    DvbStudies fixtures;

    @Autowired
    DvbParticipation dvb;

    @Autowired
    ParticipationService participation;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fortyParticipantsArrivingAtOnceFillTheConditionsWithinOneOfEachOther() throws Exception {
        long studyId = fixtures.openStudy(
                "{\"trialsPerParticipant\":3,\"attentionChecks\":1}",
                List.of("healthcare", "legal", "finance"),
                List.of(4, 20),
                2);
        PublicStudy study = publicStudies.byId(studyId).orElseThrow();
        int arrivals = 40;
        ExecutorService pool = Executors.newFixedThreadPool(arrivals);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<String>> done = new ArrayList<>();
        for (int i = 0; i < arrivals; i++) {
            String pid = "pid-" + i;
            done.add(pool.submit(() -> {
                gate.await();
                StartOutcome.Ready ready = (StartOutcome.Ready) participation.start(
                        study, new Arrival(Source.PROLIFIC, pid, "s", "x-" + pid, null, false), null, "en", "desktop");
                dvb.consent(ready.session().token());
                return ready.session().token();
            }));
        }
        gate.countDown();
        for (Future<String> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<Map<String, Object>> cells = jdbc.queryForList(
                "select c.id, c.filled, (select count(*) from dvb_assignment a where a.condition_id = c.id"
                        + " and a.released = false) held from dvb_condition c where c.study_id = ?",
                studyId);
        assertThat(cells).hasSize(6);
        List<Integer> filled =
                cells.stream().map(c -> ((Number) c.get("filled")).intValue()).toList();
        assertThat(filled.stream().mapToInt(Integer::intValue).sum()).isEqualTo(arrivals * 3);
        assertThat(filled.stream().mapToInt(Integer::intValue).max().getAsInt()
                        - filled.stream().mapToInt(Integer::intValue).min().getAsInt())
                .isLessThanOrEqualTo(1);
        cells.forEach(
                c -> assertThat(((Number) c.get("held")).intValue()).isEqualTo(((Number) c.get("filled")).intValue()));
        Integer perSession = jdbc.queryForObject(
                "select max(n) from (select count(*) n from dvb_assignment where study_id = ?"
                        + " group by session_id) t",
                Integer.class,
                studyId);
        assertThat(perSession).isEqualTo(4); // three trials and one attention check
    }

    @Test
    void anIdleSessionGivesItsUnansweredSlotsBackAndIsClosedAsAbandoned() {
        long studyId = fixtures.openStudy(
                "{\"trialsPerParticipant\":2,\"attentionChecks\":0,\"abandonAfterMinutes\":5}",
                List.of("education"),
                List.of(4),
                3);
        PublicStudy study = publicStudies.byId(studyId).orElseThrow();
        String first = start(study, "idle");
        dvb.consent(first);
        DvbSession session = dvb.load(first).orElseThrow();
        dvb.answer(first, 1, "A", null);
        assertThat(filled(studyId)).isEqualTo(2);

        jdbc.update(
                "update dvb_assignment set last_activity_at = ? where session_id ="
                        + " (select id from participant_session where access_token = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)),
                first);
        String second = start(study, "next");
        dvb.consent(second);

        assertThat(filled(studyId)).isEqualTo(1 + 2); // the idle one's answered trial stays, its open one came back
        assertThat(participation.session(first).orElseThrow().status()).isEqualTo(SessionStatus.ABANDONED);
        assertThat(session.trials()).hasSize(2);
    }

    @Test
    void failingTheAttentionCheckScreensOutAndGivesTheSlotsBack() {
        long studyId = fixtures.openStudy(
                "{\"trialsPerParticipant\":1,\"attentionChecks\":1,\"maxAttentionFailures\":1}",
                List.of("commerce"),
                List.of(4),
                1);
        PublicStudy study = publicStudies.byId(studyId).orElseThrow();
        String id = start(study, "careless");
        DvbSession session = dvb.consent(id).orElseThrow();
        assertThat(session.trials()).extracting(DvbTrialPage::check).containsExactly(false, true);
        assertThat(dvb.answer(id, 1, "A", null).next()).isEqualTo(DvbAnswerOutcome.Next.TRIAL);
        String wrong = session.trials().get(1).test().a().startsWith(DvbStudies.CHOSEN) ? "B" : "A";

        assertThat(dvb.answer(id, 2, wrong, null).next()).isEqualTo(DvbAnswerOutcome.Next.SCREENED_OUT);
        assertThat(participation.session(id).orElseThrow().status()).isEqualTo(SessionStatus.SCREENED_OUT);
        assertThat(filled(studyId)).isZero();
        assertThat(participation.answers(id)).hasSize(2);
    }

    private String start(PublicStudy study, String pid) {
        return ((StartOutcome.Ready) participation.start(
                        study, new Arrival(Source.PROLIFIC, pid, "s", "x", null, false), null, "en", "desktop"))
                .session()
                .token();
    }

    private int filled(long studyId) {
        return jdbc.queryForObject("select sum(filled) from dvb_condition where study_id = ?", Integer.class, studyId);
    }
}
