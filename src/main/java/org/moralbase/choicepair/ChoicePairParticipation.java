package org.moralbase.choicepair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.moralbase.choicepair.domain.ChoicePairResponse;
import org.moralbase.choicepair.domain.ChoicePairResponseRepository;
import org.moralbase.choicepair.domain.StoredChoicePair;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.participation.Answer;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The choice-pair side of a participant's session: which items in which order and A/B order (from the seeds),
 * answers stored once through {@link ParticipationService#record}, and kept beside them in the item's own terms.
 */
@Service
public class ChoicePairParticipation {

    /** The stored choice when the participant could not decide. */
    public static final String UNDECIDED = "UNDECIDED";
    /** The longest reason a participant may type (the page's field stops there; the service refuses longer). */
    public static final int MAX_REASON = 2000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParticipationService participation;
    private final PublicStudies studies;
    private final StoredChoicePairRepository items;
    private final ChoicePairResponseRepository responses;
    private final TransactionTemplate tx;
    private final Clock clock;

    ChoicePairParticipation(
            ParticipationService participation,
            PublicStudies studies,
            StoredChoicePairRepository items,
            ChoicePairResponseRepository responses,
            TransactionTemplate tx,
            Clock clock) {
        this.participation = participation;
        this.studies = studies;
        this.items = items;
        this.responses = responses;
        this.tx = tx;
        this.clock = clock;
    }

    private record Plan(StoredChoicePair item, boolean swapped) {}

    /**
     * The session with its items, if it exists and belongs to a choice-pair study; read through a brief outage,
     * then {@link org.moralbase.participation.AnswerNotSavedException}.
     */
    public Optional<ChoicePairSession> load(String token) {
        return participation.retrying(() -> read(token), () -> {});
    }

    private Optional<ChoicePairSession> read(String token) {
        return participation.session(token).flatMap(session -> studies.byId(session.studyId())
                .filter(study -> ChoicePairKind.ID.equals(study.kind()))
                .map(study -> {
                    ChoicePairSettings settings = ChoicePairSettings.fromJson(study.settings());
                    List<ChoicePairPage> pages = new ArrayList<>();
                    List<Plan> plan = plan(study, session, settings);
                    for (int i = 0; i < plan.size(); i++) {
                        StoredChoicePair item = plan.get(i).item();
                        boolean swap = plan.get(i).swapped();
                        pages.add(new ChoicePairPage(
                                i + 1,
                                item.getContext(),
                                swap ? item.getOptionB() : item.getOptionA(),
                                swap ? item.getOptionA() : item.getOptionB()));
                    }
                    return new ChoicePairSession(session, study, settings, pages);
                }));
    }

    /** Records consent (idempotent). */
    public void consent(String token) {
        participation.consent(token);
    }

    /** The participant does not agree: the session ends, screened out (the study's screen-out code applies). */
    public void decline(String token) {
        participation.finish(token, SessionStatus.SCREENED_OUT);
    }

    /** {@link #answer(String, int, String, String, Instant, Runnable)} without telling anyone about retries. */
    public AnswerReceipt answer(String token, int position, String shownChoice, String reason, Instant shownAt) {
        return answer(token, position, shownChoice, reason, shownAt, () -> {});
    }

    /**
     * Records an answer once, through a brief database outage, with the item's own row (and at the last item the
     * session's completion) in the same transaction; a repeat changes nothing and reports the stored choice.
     *
     * @param shownChoice "A" or "B" as shown, or {@link #UNDECIDED}
     * @param reason the optional free-text reason, or null
     * @param whileRetrying runs before each retry while the database is away (the page can say it is saving)
     */
    public AnswerReceipt answer(
            String token, int position, String shownChoice, String reason, Instant shownAt, Runnable whileRetrying) {
        ChoicePairSession cp =
                load(token).orElseThrow(() -> new IllegalArgumentException("No session with this token"));
        boolean undecided = UNDECIDED.equals(shownChoice);
        if (!"A".equals(shownChoice)
                && !"B".equals(shownChoice)
                && !(undecided && cp.settings().allowUndecided())) {
            throw new IllegalArgumentException(
                    "choice must be A or B" + (cp.settings().allowUndecided() ? " or UNDECIDED" : ""));
        }
        List<Plan> plan = participation.retrying(() -> plan(cp.study(), cp.session(), cp.settings()), whileRetrying);
        if (position < 1 || position > plan.size()) {
            throw new IllegalArgumentException("No item at position " + position);
        }
        Plan at = plan.get(position - 1);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleanReason != null && cleanReason.length() > MAX_REASON) {
            throw new IllegalArgumentException(
                    "Reason: at most " + MAX_REASON + " characters (this one has " + cleanReason.length() + ")");
        }
        Long time = shownAt == null
                ? null
                : Math.max(0, Duration.between(shownAt, clock.instant()).toMillis());
        java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>();
        shown.put("item", at.item().getId());
        shown.put("key", at.item().getItemKey());
        shown.put("order", at.swapped() ? "BA" : "AB");
        shown.put("itemChoice", itemChoice(at, shownChoice));
        if (cleanReason != null) {
            shown.put("reason", cleanReason);
        }
        int items = plan.size();
        return participation.record(
                token,
                new Answer(
                        position,
                        "cp-" + at.item().getId(),
                        JSON.writeValueAsString(shown),
                        shownChoice,
                        shownAt,
                        time),
                stored -> {
                    // the item's own row, in the answer's transaction; the last answer completes the session
                    responses.save(new ChoicePairResponse(
                            stored.studyId(),
                            stored.sessionId(),
                            stored.responseId(),
                            position,
                            at.item().getId(),
                            at.swapped(),
                            itemChoice(at, shownChoice),
                            cleanReason,
                            stored.answeredAt(),
                            time));
                    return position == items ? Optional.of(SessionStatus.COMPLETED) : Optional.empty();
                },
                whileRetrying);
    }

    private static String itemChoice(Plan at, String shownChoice) {
        if (UNDECIDED.equals(shownChoice) || !at.swapped()) {
            return shownChoice;
        }
        return "A".equals(shownChoice) ? "B" : "A";
    }

    private List<Plan> plan(PublicStudy study, SessionState session, ChoicePairSettings settings) {
        List<StoredChoicePair> all = new ArrayList<>(tx.execute(status -> items.findByStudyIdOrderById(study.id())));
        SplittableRandom random = new SplittableRandom(study.randomSeed() ^ session.seed());
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            StoredChoicePair t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        List<Plan> plan = new ArrayList<>();
        for (StoredChoicePair item : all.subList(0, Math.min(settings.trialsPerParticipant(), all.size()))) {
            plan.add(new Plan(item, random.nextBoolean()));
        }
        return plan;
    }
}
