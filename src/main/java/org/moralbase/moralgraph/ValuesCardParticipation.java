package org.moralbase.moralgraph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.moralgraph.domain.CastVote;
import org.moralbase.moralgraph.domain.CastVoteRepository;
import org.moralbase.moralgraph.domain.InterviewTurnRepository;
import org.moralbase.moralgraph.domain.InterviewTurnRow;
import org.moralbase.moralgraph.domain.PlannedTransition;
import org.moralbase.moralgraph.domain.PlannedTransitionRepository;
import org.moralbase.moralgraph.domain.StoredCard;
import org.moralbase.moralgraph.domain.StoredCardRepository;
import org.moralbase.moralgraph.domain.TransitionStory;
import org.moralbase.moralgraph.domain.TransitionStoryRepository;
import org.moralbase.participation.Answer;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.stats.moralgraph.VoteType;
import org.moralbase.study.PublicStudies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values-card side of a participant's session. Answer 1 is the card: stored through {@link
 * ParticipationService#record} with the card row and the session's transitions ({@link TransitionPlanner}) in the
 * answer's transaction; answers 2 on are votes, each stored once with its vote row (decision 0012). A session with no
 * peers' cards to vote on ends with its card.
 */
@Service
public class ValuesCardParticipation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParticipationService participation;
    private final PublicStudies studies;
    private final StoredCardRepository cards;
    private final PlannedTransitionRepository transitions;
    private final CastVoteRepository votes;
    private final TransactionTemplate tx;
    private final InterviewTurnRepository interviews;
    private final TransitionStoryRepository stories;

    ValuesCardParticipation(
            ParticipationService participation,
            PublicStudies studies,
            StoredCardRepository cards,
            PlannedTransitionRepository transitions,
            CastVoteRepository votes,
            TransactionTemplate tx,
            InterviewTurnRepository interviews,
            TransitionStoryRepository stories) {
        this.interviews = interviews;
        this.stories = stories;
        this.participation = participation;
        this.studies = studies;
        this.cards = cards;
        this.transitions = transitions;
        this.votes = votes;
        this.tx = tx;
    }

    /** The session with its card and transitions, if it belongs to a values-card study; read through an outage. */
    public Optional<ValuesCardSession> load(String token) {
        return participation.retrying(() -> read(token), () -> {});
    }

    private Optional<ValuesCardSession> read(String token) {
        return participation.session(token).flatMap(session -> studies.byId(session.studyId())
                .filter(study -> ValuesCardKind.ID.equals(study.kind()))
                .map(study -> tx.execute(s -> {
                    Optional<CardView> own = cards.findBySessionId(session.id()).map(ValuesCardParticipation::view);
                    List<PlannedTransition> planned = transitions.findBySessionIdOrderByPosition(session.id());
                    Map<Long, CardView> byId = new HashMap<>();
                    cards.findAllById(planned.stream()
                                    .flatMap(t -> java.util.stream.Stream.of(t.getFromCardId(), t.getToCardId()))
                                    .distinct()
                                    .toList())
                            .forEach(c -> byId.put(c.getId(), view(c)));
                    Map<String, String> told = stories(session.studyId());
                    List<TransitionPage> pages = planned.stream()
                            .map(t -> new TransitionPage(
                                    t.getPosition(),
                                    byId.get(t.getFromCardId()),
                                    byId.get(t.getToCardId()),
                                    t.getContext(),
                                    told.getOrDefault(
                                            storyKey(t.getFromCardId(), t.getToCardId(), t.getContext()),
                                            t.getStory())))
                            .toList();
                    return new ValuesCardSession(
                            session, study, ValuesCardSettings.fromJson(study.settings()), own, pages);
                })));
    }

    // the study's stories by transition (decision 0037)
    private Map<String, String> stories(long studyId) {
        Map<String, String> out = new HashMap<>();
        for (TransitionStory st : stories.findByStudyIdOrderById(studyId)) {
            out.put(storyKey(st.getFromCardId(), st.getToCardId(), st.getContext()), st.getStory());
        }
        return out;
    }

    static String storyKey(long from, long to, String context) {
        return from + ":" + to + ":" + context;
    }

    static CardView view(StoredCard c) {
        return new CardView(c.getId(), c.getTitle(), c.getDescription(), c.getPolicies());
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
     * Stores the participant's card once (answer 1) and plans the transitions they vote on; a repeat changes nothing.
     *
     * @throws IllegalArgumentException naming the field of the first problem ({@link CardDraft#problems()})
     */
    public AnswerReceipt writeCard(String token, CardDraft draft, Runnable whileRetrying) {
        return writeCard(token, draft, List.of(), whileRetrying);
    }

    /**
     * Stores the participant's confirmed card once with the transcript of the interview that helped write it (its
     * turns in order, in the card's transaction; decision 0037); a repeat changes nothing.
     *
     * @param transcript the interview's turns, empty when the participant wrote alone
     * @throws IllegalArgumentException naming the field of the first problem, or a transcript over the limits
     */
    public AnswerReceipt writeCard(
            String token, CardDraft draft, List<InterviewTurn> transcript, Runnable whileRetrying) {
        if (CardInterview.sent(transcript) > CardInterview.MAX_MESSAGES
                || transcript.size() > 2 * CardInterview.MAX_MESSAGES
                || transcript.stream().anyMatch(t -> t.text().length() > CardInterview.MAX_ANSWER_LENGTH)) {
            throw new IllegalArgumentException("Interview: the transcript is over its limits");
        }
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        SessionState session = participation
                .session(token)
                .orElseThrow(() -> new IllegalArgumentException("No session with this token"));
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("title", draft.title());
        shown.put("description", draft.description());
        shown.put("policies", draft.policies());
        return participation.record(
                token,
                new Answer(1, "vc-card", JSON.writeValueAsString(shown), "card", null, null),
                stored -> {
                    StoredCard card = cards.save(new StoredCard(
                            stored.studyId(),
                            stored.sessionId(),
                            null,
                            draft.title(),
                            draft.description(),
                            draft.policies(),
                            stored.answeredAt()));
                    for (int i = 0; i < transcript.size(); i++) {
                        InterviewTurn t = transcript.get(i);
                        interviews.save(new InterviewTurnRow(card.getId(), i + 1, t.role(), t.text(), t.at()));
                    }
                    int n = plan(stored.studyId(), stored.sessionId(), session.seed(), card.getId());
                    return n == 0 ? Optional.of(SessionStatus.COMPLETED) : Optional.empty();
                },
                whileRetrying);
    }

    // in the card's transaction: the plan is part of the answer, so a stored card always has its transitions
    private int plan(long studyId, long sessionId, long sessionSeed, long ownCardId) {
        var study = studies.byId(studyId).orElseThrow();
        ValuesCardSettings settings = ValuesCardSettings.fromJson(study.settings());
        List<Long> peers = cards.findByStudyIdOrderById(studyId).stream()
                .map(StoredCard::getId)
                .filter(id -> id != ownCardId)
                .toList();
        if (settings.contexts().isEmpty() || peers.size() < 2) {
            return 0;
        }
        Map<TransitionPlanner.Planned, Integer> counts = new HashMap<>();
        for (Object[] row : transitions.plannedCounts(studyId)) {
            counts.put(
                    new TransitionPlanner.Planned(
                            ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]),
                    ((Number) row[3]).intValue());
        }
        List<TransitionPlanner.Planned> plan = TransitionPlanner.plan(
                peers,
                settings.contexts(),
                settings.transitionsPerParticipant(),
                study.randomSeed(),
                sessionSeed,
                counts);
        for (int i = 0; i < plan.size(); i++) {
            TransitionPlanner.Planned p = plan.get(i);
            transitions.save(
                    new PlannedTransition(studyId, sessionId, i + 2, p.fromCardId(), p.toCardId(), p.context(), null));
        }
        return plan.size();
    }

    /**
     * Records a vote on the transition at a position once, through a brief database outage; a repeat changes nothing
     * and reports the stored vote.
     *
     * @param type MGE's vote: upgrade, no upgrade, not sure
     */
    public AnswerReceipt vote(String token, int position, VoteType type, Runnable whileRetrying) {
        SessionState session = participation
                .session(token)
                .orElseThrow(() -> new IllegalArgumentException("No session with this token"));
        List<PlannedTransition> plan = participation.retrying(
                () -> tx.execute(s -> transitions.findBySessionIdOrderByPosition(session.id())), whileRetrying);
        if (position < 2 || position > plan.size() + 1) {
            throw new IllegalArgumentException("No transition at position " + position);
        }
        PlannedTransition t = plan.get(position - 2);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("from", t.getFromCardId());
        shown.put("to", t.getToCardId());
        shown.put("context", t.getContext());
        String story = participation.retrying(
                () -> stories.findByStudyIdAndFromCardIdAndToCardIdAndContext(
                                session.studyId(), t.getFromCardId(), t.getToCardId(), t.getContext())
                        .map(TransitionStory::getStory)
                        .orElse(t.getStory()),
                whileRetrying);
        if (story != null) {
            shown.put("story", story); // what the participant read, as it was then
        }
        int last = plan.size() + 1;
        return participation.record(
                token,
                new Answer(
                        position,
                        "vc-" + t.getFromCardId() + "-" + t.getToCardId(),
                        JSON.writeValueAsString(shown),
                        type.code(),
                        null,
                        null),
                stored -> {
                    votes.save(new CastVote(
                            stored.studyId(),
                            stored.sessionId(),
                            stored.responseId(),
                            position,
                            t.getFromCardId(),
                            t.getToCardId(),
                            t.getContext(),
                            type.code(),
                            stored.answeredAt()));
                    return position == last ? Optional.of(SessionStatus.COMPLETED) : Optional.empty();
                },
                whileRetrying);
    }
}
