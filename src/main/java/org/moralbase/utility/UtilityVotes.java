package org.moralbase.utility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.moralbase.models.ItemTally;
import org.moralbase.models.ModelAnswers;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.utility.Pair;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.stats.utility.UnparseableRule;
import org.moralbase.utility.domain.Outcome;
import org.moralbase.utility.domain.OutcomeRepository;
import org.moralbase.utility.domain.Vote;
import org.moralbase.utility.domain.VoteRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A study's votes as the fit takes them: per pair of outcomes (indexes in the study's order) how often the first was
 * preferred. People's votes leave excluded sessions out; models' are pooled by registry model over all their runs and
 * imports on the study, both orders together, with the study's rule for unparseable answers. No access checks: the
 * services that call this check.
 */
@Component
class UtilityVotes {

    /** People's votes: pooled per pair and per session (for the bootstrap over participants). */
    record People(List<PairVotes> pairs, Map<Long, List<PairVotes>> bySession, int votes) {}

    /** One model's votes: pooled per pair, with how many answers were valid and unparseable. */
    record ModelVotes(String model, List<PairVotes> pairs, int valid, int unparseable) {}

    private final OutcomeRepository outcomes;
    private final VoteRepository votes;
    private final StudyResponses sessions;
    private final ModelAnswers modelAnswers;

    UtilityVotes(OutcomeRepository outcomes, VoteRepository votes, StudyResponses sessions, ModelAnswers modelAnswers) {
        this.outcomes = outcomes;
        this.votes = votes;
        this.sessions = sessions;
        this.modelAnswers = modelAnswers;
    }

    /**
     * A number that changes whenever the results could: votes, model answers or exclusions were added or removed.
     */
    @Transactional(readOnly = true)
    long version(long studyId) {
        return votes.countByStudyId(studyId) * 1_000_003L
                + modelAnswers.count(studyId) * 31L
                + sessions.excludedSessions(studyId).hashCode();
    }

    /** People's votes for the results: excluded sessions left out (a researcher's call: access checked). */
    @Transactional(readOnly = true)
    People people(long studyId) {
        return people(studyId, null);
    }

    /**
     * As {@link #people(long)} from the sessions of one condition (its code; decision 0028), or of everyone when
     * {@code condition} is {@code null}.
     */
    @Transactional(readOnly = true)
    People people(long studyId, String condition) {
        Set<Long> excluded = sessions.excludedSessions(studyId);
        if (condition == null) {
            return votesOf(studyId, excluded::contains);
        }
        Set<Long> in = sessions.sessionsInCondition(studyId, condition);
        return votesOf(studyId, id -> excluded.contains(id) || !in.contains(id));
    }

    /**
     * People's votes for planning the next participant's pairs, which runs without an account: every vote counts
     * (an excluded session only shifts which pairs look least sure).
     */
    @Transactional(readOnly = true)
    People forPlanning(long studyId) {
        return votesOf(studyId, id -> false);
    }

    private People votesOf(long studyId, java.util.function.LongPredicate leftOut) {
        Map<Long, Integer> index = index(studyId);
        Map<Pair, int[]> pooled = new TreeMap<>(ORDER);
        Map<Long, Map<Pair, int[]>> bySession = new TreeMap<>();
        int counted = 0;
        for (Vote v : votes.findByStudyIdOrderBySessionIdAscPositionAsc(studyId)) {
            if (leftOut.test(v.getSessionId())) {
                continue;
            }
            int first = index.get(v.getFirstId());
            int second = index.get(v.getSecondId());
            Pair p = Pair.of(first, second);
            int winner = index.get(v.getChosenId());
            int slot = winner == p.a() ? 0 : 1;
            pooled.computeIfAbsent(p, k -> new int[2])[slot]++;
            bySession.computeIfAbsent(v.getSessionId(), k -> new TreeMap<>(ORDER))
                    .computeIfAbsent(p, k -> new int[2])[slot]++;
            counted++;
        }
        Map<Long, List<PairVotes>> perSession = new java.util.LinkedHashMap<>();
        bySession.forEach((session, pairs) -> perSession.put(session, toVotes(pairs)));
        return new People(toVotes(pooled), perSession, counted);
    }

    @Transactional(readOnly = true)
    List<ModelVotes> models(long studyId, UnparseableRule rule) {
        return models(studyId, rule, null);
    }

    /** As {@link #models(long, UnparseableRule)} from the runs that asked one condition, or every run ({@code null}). */
    @Transactional(readOnly = true)
    List<ModelVotes> models(long studyId, UnparseableRule rule, String condition) {
        Set<Long> runs = condition == null ? null : modelAnswers.runsInCondition(studyId, condition);
        List<ModelVotes> out = new ArrayList<>();
        countsByModel(studyId, t -> runs == null || runs.contains(t.runId()))
                .forEach((model, pairs) -> out.add(modelVotes(model, pairs, rule)));
        return out;
    }

    /**
     * One registry model's answers on the study (of the runs that asked one condition, or all: {@code null}): its votes
     * as {@link #models} counts them, and every pair it was asked with any answer, readable or not.
     */
    @Transactional(readOnly = true)
    ModelAsked askedBy(long studyId, long modelId, UnparseableRule rule, String condition) {
        Set<Long> runs = condition == null ? null : modelAnswers.runsInCondition(studyId, condition);
        Map<Pair, int[]> counts = new TreeMap<>(ORDER);
        countsByModel(studyId, t -> t.modelId() == modelId && (runs == null || runs.contains(t.runId())))
                .values()
                .forEach(counts::putAll);
        int outcomes = (int) this.outcomes.countByStudyId(studyId);
        return new ModelAsked(modelVotes("", counts, rule).pairs(), Set.copyOf(counts.keySet()), outcomes);
    }

    /** Each model's counts per pair ({chose a, chose b, unparseable}, both orders pooled) over the answers kept. */
    private Map<String, Map<Pair, int[]>> countsByModel(long studyId, java.util.function.Predicate<ItemTally> keep) {
        List<Outcome> all = outcomes.findByStudyIdOrderById(studyId);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byKey.put(all.get(i).getKey(), i);
        }
        Map<String, Map<Pair, int[]>> tally = new TreeMap<>();
        for (ItemTally t : modelAnswers.tallies(studyId)) {
            Pair p = pairOf(t.itemKey(), byKey);
            if (p == null || !keep.test(t)) {
                continue; // p null: an answer to a pair whose outcomes are no longer in the study
            }
            boolean itemAFirst = byKey.get(t.itemKey().substring(0, t.itemKey().indexOf('|'))) == p.a();
            int[] c =
                    tally.computeIfAbsent(t.model(), m -> new TreeMap<>(ORDER)).computeIfAbsent(p, k -> new int[3]);
            c[itemAFirst ? 0 : 1] += t.chosenA();
            c[itemAFirst ? 1 : 0] += t.chosenB();
            c[2] += t.unreadable();
        }
        return tally;
    }

    /** What one model was asked: its votes per pair, every pair asked, and how many outcomes the study has. */
    record ModelAsked(List<PairVotes> votes, Set<Pair> asked, int outcomes) {}

    /**
     * One model's votes from its counts per pair ({chose a, chose b, unparseable}); a pair answered only unreadably has
     * no votes when those are dropped, and is left out.
     */
    static ModelVotes modelVotes(String model, Map<Pair, int[]> pairs, UnparseableRule rule) {
        List<PairVotes> pv = new ArrayList<>();
        int valid = 0;
        int unparseable = 0;
        for (Map.Entry<Pair, int[]> e : pairs.entrySet()) {
            int[] c = e.getValue();
            valid += c[0] + c[1];
            unparseable += c[2];
            if (c[0] + c[1] > 0 || (rule == UnparseableRule.HALF && c[2] > 0)) {
                pv.add(PairVotes.of(e.getKey().a(), e.getKey().b(), c[0], c[1], c[2], rule));
            }
        }
        return new ModelVotes(model, pv, valid, unparseable);
    }

    /** The pair an item key names ({@code first|second} outcome ids), or null when either is unknown. */
    static Pair pairOf(String itemKey, Map<String, Integer> byKey) {
        int bar = itemKey.indexOf('|');
        if (bar < 0) {
            return null;
        }
        Integer a = byKey.get(itemKey.substring(0, bar));
        Integer b = byKey.get(itemKey.substring(bar + 1));
        return a == null || b == null || a.equals(b) ? null : Pair.of(a, b);
    }

    private Map<Long, Integer> index(long studyId) {
        Map<Long, Integer> index = new HashMap<>();
        List<Outcome> all = outcomes.findByStudyIdOrderById(studyId);
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).getId(), i);
        }
        return index;
    }

    private static final java.util.Comparator<Pair> ORDER =
            java.util.Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b);

    private static List<PairVotes> toVotes(Map<Pair, int[]> pairs) {
        List<PairVotes> out = new ArrayList<>();
        pairs.forEach((p, c) -> out.add(PairVotes.of(p.a(), p.b(), c[0], c[1], 0, UnparseableRule.DROP)));
        return out;
    }
}
