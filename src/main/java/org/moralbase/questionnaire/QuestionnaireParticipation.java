package org.moralbase.questionnaire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.participation.Answer;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StoredResponse;
import org.moralbase.questionnaire.domain.ItemAnswer;
import org.moralbase.questionnaire.domain.ItemAnswerRepository;
import org.moralbase.questionnaire.domain.ItemAssignment;
import org.moralbase.questionnaire.domain.ItemAssignmentRepository;
import org.moralbase.questionnaire.domain.QuestionnaireItem;
import org.moralbase.questionnaire.domain.QuestionnaireItemRepository;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The questionnaire side of a participant's session: its item order, planned once when the session first asks for it
 * ({@link OrderPlanner}) and stored, and its answers, stored once through {@link ParticipationService#record} with the
 * answer row — and at a failed attention item the screen-out, at the last item the completion — in the answer's
 * transaction.
 */
@Service
public class QuestionnaireParticipation {

    private final ParticipationService participation;
    private final PublicStudies studies;
    private final QuestionnaireItemRepository items;
    private final ItemAssignmentRepository assignments;
    private final ItemAnswerRepository answers;
    private final TransactionTemplate tx;
    private final Clock clock;

    QuestionnaireParticipation(
            ParticipationService participation,
            PublicStudies studies,
            QuestionnaireItemRepository items,
            ItemAssignmentRepository assignments,
            ItemAnswerRepository answers,
            TransactionTemplate tx,
            Clock clock) {
        this.participation = participation;
        this.studies = studies;
        this.items = items;
        this.assignments = assignments;
        this.answers = answers;
        this.tx = tx;
        this.clock = clock;
    }

    /** The session with its items, if it exists and belongs to a questionnaire; read through a brief outage. */
    public Optional<QuestionnaireSession> load(String token) {
        return participation.retrying(() -> read(token), () -> {});
    }

    private Optional<QuestionnaireSession> read(String token) {
        return participation.session(token).flatMap(session -> studies.byId(session.studyId())
                .filter(study -> QuestionnaireKind.ID.equals(study.kind()))
                .map(study -> {
                    QuestionnaireSettings settings = QuestionnaireSettings.fromJson(study.settings());
                    Map<Long, ItemRow> byId = new HashMap<>();
                    tx.execute(s -> items.findByStudyIdOrderById(study.id()))
                            .forEach(i -> byId.put(i.getId(), i.row()));
                    List<QuestionnairePage> pages = plan(study, session, settings).stream()
                            .map(a -> {
                                ItemRow item = byId.get(a.getItemId());
                                return new QuestionnairePage(
                                        a.getPosition(),
                                        item.key(),
                                        item.text(),
                                        item.scale().labels());
                            })
                            .toList();
                    return new QuestionnaireSession(session, study, settings, pages);
                }));
    }

    /** The session's item order; planned and stored on the first call (a second, concurrent planner's rows lose). */
    private List<ItemAssignment> plan(PublicStudy study, SessionState session, QuestionnaireSettings settings) {
        List<ItemAssignment> stored = tx.execute(s -> assignments.findBySessionIdOrderByPosition(session.id()));
        if (!stored.isEmpty() || session.status() != SessionStatus.ACTIVE) {
            return stored;
        }
        List<QuestionnaireItem> all = tx.execute(s -> items.findByStudyIdOrderById(study.id()));
        List<Integer> order = OrderPlanner.plan(
                all.stream().map(i -> i.row().block()).toList(),
                settings.shuffleWithinBlocks(),
                study.randomSeed(),
                session.seed());
        try {
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < order.size(); i++) {
                    assignments.save(new ItemAssignment(
                            study.id(),
                            session.id(),
                            i + 1,
                            all.get(order.get(i)).getId()));
                }
            });
        } catch (DataIntegrityViolationException plannedMeanwhile) {
            // another request planned this session first: its order stands
        }
        return tx.execute(s -> assignments.findBySessionIdOrderByPosition(session.id()));
    }

    /** Records consent (idempotent). */
    public void consent(String token) {
        participation.consent(token);
    }

    /** The participant does not agree: the session ends, screened out. */
    public void decline(String token) {
        participation.finish(token, SessionStatus.SCREENED_OUT);
    }

    /**
     * Records the point chosen for the item at {@code position} once, through a brief database outage; a repeat
     * changes nothing and reports the stored answer.
     *
     * @param point the scale point chosen, 1..k
     * @param whileRetrying runs before each retry while the database is away
     * @throws IllegalArgumentException when there is no item at the position or the point is not on its scale
     */
    public AnswerReceipt answer(String token, int position, int point, Instant shownAt, Runnable whileRetrying) {
        SessionState session = participation
                .session(token)
                .orElseThrow(() -> new IllegalArgumentException("No session with this token"));
        List<ItemAssignment> plan = participation.retrying(
                () -> tx.execute(s -> assignments.findBySessionIdOrderByPosition(session.id())), whileRetrying);
        if (position < 1 || position > plan.size()) {
            throw new IllegalArgumentException("No item at position " + position);
        }
        long itemId = plan.get(position - 1).getItemId();
        ItemRow item = participation
                .retrying(() -> tx.execute(s -> items.findById(itemId)), whileRetrying)
                .orElseThrow()
                .row();
        if (point < 1 || point > item.scale().points()) {
            throw new IllegalArgumentException(
                    "point must be 1 to " + item.scale().points());
        }
        Boolean passed = item.attention() ? point == item.attentionPoint() : null;
        Long time = shownAt == null
                ? null
                : Math.max(0, Duration.between(shownAt, clock.instant()).toMillis());
        String shown = "{\"item\":\"" + item.key().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"points\":"
                + item.scale().points() + (passed == null ? "" : ",\"checkPassed\":" + passed) + "}";
        int max = QuestionnaireSettings.fromJson(
                        studies.byId(session.studyId()).orElseThrow().settings())
                .maxAttentionFailures();
        return participation.record(
                token,
                new Answer(position, "q-" + item.key(), shown, Integer.toString(point), shownAt, time),
                stored -> keep(stored, itemId, point, passed, time, plan.size(), max),
                whileRetrying);
    }

    /** The answer row, then the screen-out after too many failed attention items or the completion after the last. */
    private Optional<SessionStatus> keep(
            StoredResponse stored, long itemId, int point, Boolean passed, Long time, int items, int maxFailures) {
        answers.save(new ItemAnswer(
                stored.studyId(),
                stored.sessionId(),
                stored.responseId(),
                stored.position(),
                itemId,
                point,
                passed,
                stored.answeredAt(),
                time));
        if (Boolean.FALSE.equals(passed)) {
            long failed = answers.findBySessionIdOrderByPosition(stored.sessionId()).stream()
                    .filter(a -> Boolean.FALSE.equals(a.getAttentionPassed()))
                    .count();
            if (failed >= maxFailures) {
                return Optional.of(SessionStatus.SCREENED_OUT);
            }
        }
        return stored.position() >= items ? Optional.of(SessionStatus.COMPLETED) : Optional.empty();
    }
}
