package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.moralmachine.MoralMachineStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.Recruitment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17, item 10: new sessions are throttled per client address (a burst of 20, then one every 3 s, the
 * defaults) while another address and returning participants pass; a Prolific link with a made-up PROLIFIC_PID is
 * refused naming it, one with Prolific's 24-hex-digit ids starts.
 */
class ArrivalsIT extends IntegrationTest {

    @Autowired
    MoralMachineStudies studies;

    @Autowired
    ParticipationService participation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thirtyArrivalsFromOneAddressAreThrottledAfterTheBurstWhileAnotherAddressAndReturningParticipantsPass() {
        PublicStudy study = studies.open("Arrival flood");
        String flooding = "203.0.113." + (System.nanoTime() % 200 + 1);
        List<StartOutcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            outcomes.add(participation.start(study, Arrival.publicLink(), null, "en", "desktop", flooding));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcomes.subList(0, 20)).allMatch(StartOutcome.Ready.class::isInstance);
        long passed =
                outcomes.stream().filter(StartOutcome.Ready.class::isInstance).count();
        // one more token every 3 s: however slow the machine, most of the last ten are refused
        assertThat(passed).isLessThanOrEqualTo(20 + took.toSeconds() / 3 + 1);
        assertThat(outcomes).last().isInstanceOfSatisfying(StartOutcome.Throttled.class, t -> assertThat(t.retryAfter())
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(3)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from participant_session where study_id = ?", Long.class, study.id()))
                .as("a throttled arrival stores no session")
                .isEqualTo(passed);

        // another address is not held back by the first one's flood
        assertThat(participation.start(study, Arrival.publicLink(), null, "en", "desktop", "198.51.100.77"))
                .isInstanceOf(StartOutcome.Ready.class);
        // a returning participant resuming their own session is never throttled
        String own = ((StartOutcome.Ready) outcomes.getFirst()).session().token();
        assertThat(participation.start(study, Arrival.publicLink(), own, "en", "desktop", flooding))
                .isInstanceOfSatisfying(StartOutcome.Ready.class, r -> {
                    assertThat(r.resumed()).isTrue();
                    assertThat(r.session().token()).isEqualTo(own);
                });
    }

    @Test
    void aMadeUpProlificIdIsRefusedNamingProlificPidWhileProlificsOwnFormStarts() {
        PublicStudy study = studies.openOnProlific("Prolific ids", "C0DE");
        assertThatThrownBy(() -> ArrivalParser.parse(
                        Recruitment.PROLIFIC,
                        Map.of(
                                "PROLIFIC_PID", List.of("someone"),
                                "STUDY_ID", List.of(ProlificIds.of("st")),
                                "SESSION_ID", List.of(ProlificIds.of("se")))))
                .isInstanceOfSatisfying(BadLinkException.class, bad -> {
                    assertThat(bad.parameter()).isEqualTo("PROLIFIC_PID");
                    assertThat(bad.problem()).isEqualTo(BadLinkException.Problem.INVALID);
                });

        String pid = ProlificIds.of("real participant " + System.nanoTime());
        Arrival arrival = ArrivalParser.parse(
                Recruitment.PROLIFIC,
                Map.of(
                        "PROLIFIC_PID", List.of(pid),
                        "STUDY_ID", List.of(ProlificIds.of("st")),
                        "SESSION_ID", List.of(ProlificIds.of("se"))));
        assertThat(participation.start(study, arrival, null, "en", "desktop", "192.0.2.10"))
                .isInstanceOfSatisfying(
                        StartOutcome.Ready.class,
                        r -> assertThat(r.session().externalId()).isEqualTo(pid));
    }
}
