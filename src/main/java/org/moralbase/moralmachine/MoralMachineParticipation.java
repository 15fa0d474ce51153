package org.moralbase.moralmachine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.moralbase.participation.Answer;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.study.PublicStudies;
import org.springframework.stereotype.Service;

/**
 * The Moral Machine side of a participant's session. The server decides which scenario stands at a position;
 * the page only says which picture was chosen, so a forged request cannot store a scenario nobody was shown.
 */
@Service
public class MoralMachineParticipation {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private final ParticipationService participation;
    private final PublicStudies studies;
    private final Clock clock;

    MoralMachineParticipation(ParticipationService participation, PublicStudies studies, Clock clock) {
        this.participation = participation;
        this.studies = studies;
        this.clock = clock;
    }

    /** The session with its scenarios, if it exists and belongs to a Moral Machine study. */
    public Optional<MoralMachineSession> load(String token) {
        return participation.session(token).flatMap(session -> studies.byId(session.studyId())
                .filter(study -> MoralMachineKind.ID.equals(study.kind()))
                .map(study -> {
                    MoralMachineSettings settings = MoralMachineSettings.fromJson(study.settings());
                    return new MoralMachineSession(
                            session,
                            study,
                            settings,
                            settings.generator(study.randomSeed()).session(session.seed()));
                }));
    }

    /**
     * The same session with its stored state read again (consent, answers, status); the study, its settings and
     * the scenarios cannot change for a session, so they are kept instead of being loaded and generated again.
     */
    public Optional<MoralMachineSession> refresh(MoralMachineSession mm) {
        return participation
                .session(mm.session().token())
                .map(session -> new MoralMachineSession(session, mm.study(), mm.settings(), mm.scenarios()));
    }

    /** Stores the survey answers (keys are the survey columns, e.g. {@code Review_age}). */
    public void saveSurvey(String token, java.util.Map<String, Object> answers) {
        participation.saveSurvey(token, JSON.writeValueAsString(answers));
    }

    /**
     * What this participant's own choices show (read once): the nine estimates (Awad's AMCE formula on their answers
     * alone; NaN where their scenarios do not cover an attribute; with 13 scenarios only a rough hint, and the page
     * says so; No. Characters is the max-stratum estimate, as in the study's live results and Awad's vector shown
     * beside it) and how often each character was saved and sacrificed.
     */
    public OwnChoices ownChoices(MoralMachineSession mm) {
        java.util.List<org.moralbase.stats.amce.AmceRow> rows = new java.util.ArrayList<>();
        java.util.List<Scenario> scenarios = new java.util.ArrayList<>();
        java.util.List<Side> saved = new java.util.ArrayList<>();
        for (var answer : participation.answers(mm.session().token())) {
            rows.addAll(AnswerRows.amceRows(answer, 0));
            scenarios.add(ShownScenario.fromJson(answer.shown()).scenario());
            saved.add(ShownScenario.savedSide(answer.choice()));
        }
        double[] estimates = org.moralbase.stats.amce.AmceEstimator.withDefaults()
                .with(org.moralbase.stats.amce.SeType.PLAIN)
                .with(org.moralbase.stats.amce.CharactersDefinition.MAX_STRATUM)
                .estimate(rows)
                .vector();
        return new OwnChoices(estimates, scenarios.size(), CharacterTally.of(scenarios, saved));
    }

    /**
     * Records the picture chosen at a position.
     *
     * @param choice {@link ShownScenario#LEFT} or {@link ShownScenario#RIGHT}
     * @param shownAt when the scenario appeared, for the response time
     * @param whileRetrying runs before each retry while the database is away (the page can say it is saving)
     */
    public AnswerReceipt choose(
            MoralMachineSession mm,
            int position,
            String choice,
            boolean descriptionShown,
            Instant shownAt,
            Runnable whileRetrying) {
        ShownScenario.savedSide(choice); // rejects anything but left or right
        if (position < 1 || position > mm.scenarios().size()) {
            throw new IllegalArgumentException("No scenario at position " + position);
        }
        Scenario scenario = mm.scenarios().get(position - 1);
        Instant now = clock.instant();
        Answer answer = new Answer(
                position,
                "mm-" + position,
                new ShownScenario(scenario, descriptionShown).toJson(),
                choice,
                shownAt,
                shownAt == null
                        ? null
                        : Math.max(0, Duration.between(shownAt, now).toMillis()));
        return participation.record(mm.session().token(), answer, whileRetrying);
    }
}
