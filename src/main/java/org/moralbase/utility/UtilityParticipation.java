package org.moralbase.utility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.participation.Answer;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.stats.utility.Pair;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.utility.domain.Outcome;
import org.moralbase.utility.domain.OutcomeRepository;
import org.moralbase.utility.domain.PairAssignment;
import org.moralbase.utility.domain.PairAssignmentRepository;
import org.moralbase.utility.domain.Vote;
import org.moralbase.utility.domain.VoteRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The utility side of a participant's session: its pairs, planned once when the session first asks for them
 * ({@link PairPlanner}) and stored, and its votes, stored once through {@link ParticipationService#record} with the
 * vote row (and at the last pair the session's completion) in the answer's transaction.
 */
@Service
public class UtilityParticipation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParticipationService participation;
    private final PublicStudies studies;
    private final OutcomeRepository outcomes;
    private final PairAssignmentRepository assignments;
    private final VoteRepository votes;
    private final UtilityVotes tallies;
    private final CrowdFit crowd;
    private final TransactionTemplate tx;
    private final Clock clock;

    UtilityParticipation(
            ParticipationService participation,
            PublicStudies studies,
            OutcomeRepository outcomes,
            PairAssignmentRepository assignments,
            VoteRepository votes,
            UtilityVotes tallies,
            CrowdFit crowd,
            TransactionTemplate tx,
            Clock clock) {
        this.participation = participation;
        this.studies = studies;
        this.outcomes = outcomes;
        this.assignments = assignments;
        this.votes = votes;
        this.tallies = tallies;
        this.crowd = crowd;
        this.tx = tx;
        this.clock = clock;
    }

    /** The session with its pairs, if it exists and belongs to a utility study; read through a brief outage. */
    public Optional<UtilitySession> load(String token) {
        return participation.retrying(() -> read(token), () -> {});
    }

    private Optional<UtilitySession> read(String token) {
        return participation.session(token).flatMap(session -> studies.byId(session.studyId())
                .filter(study -> UtilityKind.ID.equals(study.kind()))
                .map(study -> {
                    UtilitySettings settings = UtilitySettings.fromJson(study.settings());
                    Map<Long, Outcome> byId = new HashMap<>();
                    tx.execute(s -> outcomes.findByStudyIdOrderById(study.id())).forEach(o -> byId.put(o.getId(), o));
                    List<UtilityPage> pages = new ArrayList<>();
                    for (PairAssignment a : pairs(study, session, settings)) {
                        pages.add(new UtilityPage(
                                a.getPosition(),
                                byId.get(a.getFirstId()).getDescription(),
                                byId.get(a.getSecondId()).getDescription()));
                    }
                    return new UtilitySession(session, study, settings, pages);
                }));
    }

    /** The session's pairs; planned and stored on the first call (a second, concurrent planner's rows lose). */
    private List<PairAssignment> pairs(PublicStudy study, SessionState session, UtilitySettings settings) {
        List<PairAssignment> stored = tx.execute(s -> assignments.findBySessionIdOrderByPosition(session.id()));
        if (!stored.isEmpty() || session.status() != SessionStatus.ACTIVE) {
            return stored;
        }
        List<Outcome> all = tx.execute(s -> outcomes.findByStudyIdOrderById(study.id()));
        if (all.size() < 2) {
            return List.of();
        }
        List<PairPlanner.Planned> plan = PairPlanner.plan(
                all.size(),
                settings,
                study.randomSeed(),
                session.seed(),
                crowd.current(
                        study.id(), all.size(), votes.countByStudyId(study.id()), () -> tallies.forPlanning(study.id())
                                .pairs()),
                plannedCounts(study.id(), all));
        try {
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < plan.size(); i++) {
                    PairPlanner.Planned p = plan.get(i);
                    assignments.save(new PairAssignment(
                            study.id(),
                            session.id(),
                            i + 1,
                            all.get(p.first()).getId(),
                            all.get(p.second()).getId(),
                            p.anchor()));
                }
            });
        } catch (DataIntegrityViolationException plannedMeanwhile) {
            // another request planned this session first: its pairs stand
        }
        return tx.execute(s -> assignments.findBySessionIdOrderByPosition(session.id()));
    }

    private Map<Pair, Integer> plannedCounts(long studyId, List<Outcome> all) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).getId(), i);
        }
        Map<Pair, Integer> counts = new HashMap<>();
        for (Object[] row : tx.execute(s -> assignments.plannedCounts(studyId))) {
            Integer a = index.get(((Number) row[0]).longValue());
            Integer b = index.get(((Number) row[1]).longValue());
            if (a != null && b != null && !a.equals(b)) {
                counts.merge(Pair.of(a, b), ((Number) row[2]).intValue(), Integer::sum);
            }
        }
        return counts;
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
     * Records a choice once, through a brief database outage; a repeat changes nothing and reports the stored choice.
     *
     * @param shownChoice "A" or "B" as shown
     * @param whileRetrying runs before each retry while the database is away
     */
    public AnswerReceipt answer(
            String token, int position, String shownChoice, Instant shownAt, Runnable whileRetrying) {
        if (!"A".equals(shownChoice) && !"B".equals(shownChoice)) {
            throw new IllegalArgumentException("choice must be A or B");
        }
        // the session and its stored plan are all an answer needs (the page planned it when it showed the pair)
        SessionState session = participation
                .session(token)
                .orElseThrow(() -> new IllegalArgumentException("No session with this token"));
        List<PairAssignment> plan = participation.retrying(
                () -> tx.execute(s -> assignments.findBySessionIdOrderByPosition(session.id())), whileRetrying);
        if (position < 1 || position > plan.size()) {
            throw new IllegalArgumentException("No pair at position " + position);
        }
        PairAssignment at = plan.get(position - 1);
        long chosen = "A".equals(shownChoice) ? at.getFirstId() : at.getSecondId();
        Long time = shownAt == null
                ? null
                : Math.max(0, Duration.between(shownAt, clock.instant()).toMillis());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("first", at.getFirstId());
        shown.put("second", at.getSecondId());
        shown.put("anchor", at.isAnchor());
        int pairs = plan.size();
        return participation.record(
                token,
                new Answer(
                        position,
                        "ut-" + Math.min(at.getFirstId(), at.getSecondId()) + "-"
                                + Math.max(at.getFirstId(), at.getSecondId()),
                        JSON.writeValueAsString(shown),
                        shownChoice,
                        shownAt,
                        time),
                stored -> {
                    votes.save(new Vote(
                            stored.studyId(),
                            stored.sessionId(),
                            stored.responseId(),
                            position,
                            at.getFirstId(),
                            at.getSecondId(),
                            chosen,
                            at.isAnchor(),
                            stored.answeredAt(),
                            time));
                    return position == pairs ? Optional.of(SessionStatus.COMPLETED) : Optional.empty();
                },
                whileRetrying);
    }
}
