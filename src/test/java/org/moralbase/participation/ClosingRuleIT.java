package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ChoicePairPage;
import org.moralbase.choicepair.ChoicePairParticipation;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.MoralMachineParticipation;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.moralmachine.ShownScenario;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17, item 10, the closing rule (decision 0034), through each kind's own store path: a closed study takes no
 * new arrival; a session in progress goes on storing answers within the grace period the researcher set; after it,
 * an answer is refused ({@link StudyClosedException}) and nothing is stored; reopening lets participants arrive again.
 */
class ClosingRuleIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    org.moralbase.study.StudyClosing closing;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    ParticipationService participation;

    @Autowired
    MoralMachineParticipation moralMachine;

    @Autowired
    ChoicePairItems pairItems;

    @Autowired
    ChoicePairParticipation choicePairs;

    @Autowired
    JdbcTemplate jdbc;

    private String owner;

    @Test
    void moralMachineAnswersWithinGraceAreStoredAndLaterOnesRefusedAndNotStored() {
        long id = openStudy(MoralMachineKind.ID);
        String token = arrive(id);
        IntFunction<AnswerReceipt> choose = position -> moralMachine.choose(
                moralMachine.load(token).orElseThrow(), position, ShownScenario.LEFT, false, Instant.now(), () -> {});

        followsTheRule(id, token, choose, () -> {
            // the end-of-study survey is an answer too
            assertThatThrownBy(() -> moralMachine.saveSurvey(token, Map.of("Review_age", "30")))
                    .isInstanceOf(StudyClosedException.class);
            assertThat(participation.session(token).orElseThrow().surveyDone()).isFalse();
            MoralMachineSession mm = moralMachine.load(token).orElseThrow();
            assertThat(mm.session().answered()).isEqualTo(2);
        });
    }

    @Test
    void choicePairAnswersFollowTheSameRule() {
        long id = openStudy(ChoicePairKind.ID);
        String token = arrive(id);
        choicePairs.consent(token);
        List<ChoicePairPage> pages = choicePairs.load(token).orElseThrow().pages();
        followsTheRule(
                id,
                token,
                position -> choicePairs.answer(token, pages.get(position - 1).position(), "A", null, Instant.now()),
                () -> {});
    }

    private void followsTheRule(
            long id, String token, IntFunction<AnswerReceipt> answer, Runnable alsoRefusedAfterGrace) {
        assertThat(answer.apply(1).status()).isEqualTo(AnswerReceipt.Status.STORED);

        close(id, 60);
        assertThat(participation.start(study(id), Arrival.publicLink(), null, "en", "desktop", "192.0.2.44"))
                .as("no new arrivals once closed")
                .isEqualTo(new StartOutcome.Refused(StartOutcome.Refusal.CLOSED));
        assertThat(participation.start(study(id), Arrival.publicLink(), token, "en", "desktop", "192.0.2.44"))
                .as("the participant in progress comes back within the grace period")
                .isInstanceOf(StartOutcome.Ready.class);
        assertThat(answer.apply(2).status()).as("within the grace period").isEqualTo(AnswerReceipt.Status.STORED);

        // an hour and a minute later: the grace period has ended
        jdbc.update(
                "update study set closed_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(61))),
                id);
        assertThatThrownBy(() -> answer.apply(3)).isInstanceOf(StudyClosedException.class);
        assertThat(stored(token)).as("nothing stored after the grace period").isEqualTo(2);
        alsoRefusedAfterGrace.run();
        assertThat(participation.start(study(id), Arrival.publicLink(), token, "en", "desktop", "192.0.2.44"))
                .as("no resuming after the grace period either")
                .isEqualTo(new StartOutcome.Refused(StartOutcome.Refusal.CLOSED));

        // reopened: arrivals and answers again
        logins.signIn(owner);
        try {
            studies.setStatus(id, StudyStatus.OPEN);
        } finally {
            logins.signOut();
        }
        assertThat(answer.apply(3).status()).isEqualTo(AnswerReceipt.Status.STORED);
        assertThat(participation.start(study(id), Arrival.publicLink(), null, "en", "desktop", "192.0.2.45"))
                .isInstanceOf(StartOutcome.Ready.class);
    }

    private long openStudy(String kind) {
        owner = logins.createUser("closer", Roles.RESEARCHER);
        logins.signIn(owner);
        try {
            long id = studies.create("Closing " + kind, kind).id();
            if (kind.equals(ChoicePairKind.ID)) {
                pairItems.importDataset(
                        id,
                        FormatChoice.DETECT,
                        DatasetSource.ofText(
                                "pairs.csv",
                                "id,context,option_a,option_b\nk1,c1,Return it,Keep it\nk2,c2,Tell,Hide\n"
                                        + "k3,c3,Help,Walk on\nk4,c4,Share,Keep\n"));
            }
            studies.setStatus(id, StudyStatus.OPEN);
            return id;
        } finally {
            logins.signOut();
        }
    }

    private void close(long id, int graceMinutes) {
        logins.signIn(owner);
        try {
            assertThat(closing.inProgress(id)).isEqualTo(1);
            assertThat(closing.close(id, graceMinutes).closeGraceMinutes()).isEqualTo(graceMinutes);
        } finally {
            logins.signOut();
        }
    }

    private String arrive(long id) {
        return ((StartOutcome.Ready) participation.start(study(id), Arrival.publicLink(), null, "en", "desktop"))
                .session()
                .token();
    }

    private PublicStudy study(long id) {
        return publicStudies.byId(id).orElseThrow();
    }

    private long stored(String token) {
        return jdbc.queryForObject(
                "select count(*) from response r join participant_session s on s.id = r.session_id"
                        + " where s.access_token = ?",
                Long.class,
                token);
    }
}
