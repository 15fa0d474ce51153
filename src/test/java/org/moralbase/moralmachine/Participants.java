package org.moralbase.moralmachine;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.moralbase.participation.Answer;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StartOutcome;
import org.moralbase.study.PublicStudy;
import org.springframework.stereotype.Component;

/** Test helper: simulated participants taking a Moral Machine study through the participation service. */
@Component
public class Participants {

    private final ParticipationService participation;

    Participants(ParticipationService participation) {
        this.participation = participation;
    }

    /**
     * Runs {@code count} sessions: each answers every scenario of its session, leaning towards sparing the
     * larger group (seeded by {@code seed + k}); all but every fifth fill the survey; every seventh is
     * screened out at the end, the rest complete.
     */
    public void take(PublicStudy study, int first, int count, long seed) {
        ScenarioGenerator generator = MoralMachineSettings.defaults().generator(study.randomSeed());
        for (int k = first; k < first + count; k++) {
            String device = List.of("desktop", "mobile", "tablet").get(k % 3);
            SessionState session = ((StartOutcome.Ready)
                            participation.start(study, Arrival.publicLink(), null, "en", device))
                    .session();
            Random random = new Random(seed + k);
            List<Scenario> scenarios = generator.session(k); // the session index; how pages map sessions is theirs
            for (int p = 1; p <= scenarios.size(); p++) {
                Scenario s = scenarios.get(p - 1);
                boolean spareLarger = random.nextDouble() < 0.75;
                Side larger = s.left().size() >= s.right().size() ? Side.LEFT : Side.RIGHT;
                Side spared = spareLarger ? larger : larger.other();
                String choice = spared == Side.LEFT ? ShownScenario.RIGHT : ShownScenario.LEFT;
                Instant at = Instant.parse("2026-11-22T10:00:00Z").plusSeconds(p);
                AnswerReceipt receipt = participation.record(
                        session.token(),
                        new Answer(p, "mm-" + p, new ShownScenario(s, p % 4 == 0).toJson(), choice, at, 800L));
                if (receipt.status() != AnswerReceipt.Status.STORED) {
                    throw new IllegalStateException("answer not stored: " + receipt);
                }
            }
            if (k % 5 != 0) {
                participation.saveSurvey(
                        session.token(),
                        "{\"Review_age\":\"" + (20 + k) + "\",\"Review_gender\":\"female\",\"Review_political\":0.25,"
                                + "\"Review_religious\":\"0,5\"}");
            }
            participation.finish(session.token(), k % 7 == 6 ? SessionStatus.SCREENED_OUT : SessionStatus.COMPLETED);
        }
    }
}
