package org.moralbase.utility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.base.Roles;
import org.moralbase.stats.proportion.ConfidenceInterval;
import org.moralbase.stats.utility.Coherence;
import org.moralbase.stats.utility.CoherenceMetrics;
import org.moralbase.stats.utility.Pair;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.stats.utility.ThurstonianFit;
import org.moralbase.stats.utility.UnparseableRule;
import org.moralbase.stats.utility.Utilities;
import org.moralbase.stats.utility.UtilityCorrelation;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.utility.domain.Outcome;
import org.moralbase.utility.domain.OutcomeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a utility study (docs/methods.md, "Utilities from pairwise preferences"): Thurstonian utilities of the people and of each model, their
 * coherence, the correlation of each model's utilities with the people's (with a bootstrap interval over
 * participants), each model's accuracy at the people's majority on the pairs both answered, and the most disputed
 * pairs.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class UtilityResults {

    /** Disputed pairs listed per model. */
    static final int DISPUTED = 15;

    static final int RESAMPLES = 200;

    /** Fewer participants give no bootstrap interval. */
    static final int MIN_PEOPLE_FOR_INTERVAL = 5;

    private final StudyService studies;
    private final OutcomeRepository outcomes;
    private final UtilityVotes votes;
    private final PublishedUtilities published;
    private final UtilityIntervals intervals;

    UtilityResults(
            StudyService studies,
            OutcomeRepository outcomes,
            UtilityVotes votes,
            PublishedUtilities published,
            UtilityIntervals intervals) {
        this.studies = studies;
        this.outcomes = outcomes;
        this.votes = votes;
        this.published = published;
        this.intervals = intervals;
    }

    /** Suffix of a published file's label where it stands beside the fits. */
    static final String PUBLISHED = " (published)";

    /** The models with answers on the study, by name, without fitting anything. */
    @Transactional(readOnly = true)
    public List<String> modelNames(long studyId) {
        studies.require(studyId, UtilityKind.ID);
        return votes.models(studyId, UnparseableRule.DROP).stream()
                .filter(m -> !m.pairs().isEmpty())
                .map(UtilityVotes.ModelVotes::model)
                .toList();
    }

    /** A number that changes whenever the results could (pages poll it). */
    @Transactional(readOnly = true)
    public long version(long studyId) {
        studies.require(studyId, UtilityKind.ID);
        return dataVersion(studyId) + intervals.finished(studyId) * 7_777_777L;
    }

    private long dataVersion(long studyId) {
        return votes.version(studyId) + published.version(studyId) * 1_000_033L;
    }

    /** The study's results now (computed once per {@link #version}, then kept until the data change). */
    @Transactional(readOnly = true)
    public UtilityReport report(long studyId) {
        return report(studyId, null);
    }

    /**
     * As {@link #report(long)} within one condition (its code; decision 0028): the people assigned it beside the runs
     * that asked it; {@code null} for everyone and every run.
     */
    @Transactional(readOnly = true)
    public UtilityReport report(long studyId, String condition) {
        StudySummary study = studies.require(studyId, UtilityKind.ID);
        long version = dataVersion(studyId) ^ java.util.Objects.hashCode(study.settings());
        String key = studyId + "/" + (condition == null ? "" : condition);
        Cached cached = cache.get(key);
        if (cached != null && cached.version() == version) {
            return withIntervals(cached.report(), studyId, condition, version);
        }
        UtilityReport report = compute(study, condition, version);
        cache.put(key, new Cached(version, report));
        return withIntervals(report, studyId, condition, version);
    }

    /** The report with the background intervals that have arrived since it was computed. */
    private UtilityReport withIntervals(UtilityReport report, long studyId, String condition, long version) {
        if (report.agreement().stream().noneMatch(HumanModelAgreement::intervalPending)) {
            return report;
        }
        List<HumanModelAgreement> rows = report.agreement().stream()
                .map(a -> {
                    if (!a.intervalPending()) {
                        return a;
                    }
                    UtilityIntervals.Key k = intervalKey(studyId, condition, version, a.model());
                    ConfidenceInterval ci = intervals.get(k);
                    return a.withInterval(ci, ci == null && intervals.isPending(k));
                })
                .toList();
        return new UtilityReport(report.people(), report.models(), rows, report.disputed(), report.unparseableRule());
    }

    private static UtilityIntervals.Key intervalKey(long studyId, String condition, long version, String model) {
        return new UtilityIntervals.Key(studyId, condition == null ? "" : condition, version, model);
    }

    private record Cached(long version, UtilityReport report) {}

    private final java.util.Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private UtilityReport compute(StudySummary study, String condition, long version) {
        long studyId = study.id();
        UtilitySettings settings = UtilitySettings.fromJson(study.settings());
        List<Outcome> all = outcomes.findByStudyIdOrderById(studyId);
        int n = all.size();
        UtilityVotes.People people = votes.people(studyId, condition);
        Utilities peopleFit = people.pairs().isEmpty() || n < 2 ? null : fit(n, people.pairs());
        UtilityFit peopleSummary = peopleFit == null
                ? null
                : summary("People", true, all, people.pairs(), peopleFit, people.votes(), 0, study.randomSeed());
        List<UtilityFit> models = new ArrayList<>();
        List<HumanModelAgreement> agreement = new ArrayList<>();
        List<DisputedPair> disputed = new ArrayList<>();
        UnparseableRule rule = ruleOf(settings);
        for (UtilityVotes.ModelVotes m :
                n < 2 ? List.<UtilityVotes.ModelVotes>of() : votes.models(studyId, rule, condition)) {
            if (m.pairs().isEmpty()) {
                continue;
            }
            Utilities fit = fit(n, m.pairs());
            models.add(summary(m.model(), false, all, m.pairs(), fit, m.valid(), m.unparseable(), study.randomSeed()));
            if (peopleFit != null) {
                agreement.add(agreement(
                        m.model(),
                        people,
                        peopleFit,
                        fit,
                        m.pairs(),
                        interval(study, condition, version, m.model(), n, people, peopleFit, fit)));
                disputed.addAll(disputed(m.model(), all, people.pairs(), m.pairs()));
            }
        }
        for (PublishedUtilities.Published p :
                n < 2 ? List.<PublishedUtilities.Published>of() : published.published(studyId, all)) {
            String label = p.label() + PUBLISHED;
            Utilities fit = renormalised(p.mean(), p.variance());
            UtilityFit summary = summary(label, false, all, p.edges(), fit, 0, 0, study.randomSeed());
            models.add(new UtilityFit(
                    label,
                    false,
                    summary.utilities(),
                    summary.coherence(),
                    0,
                    0,
                    p.edges().size(),
                    true));
            if (peopleFit != null) {
                agreement.add(agreement(
                        label,
                        people,
                        peopleFit,
                        fit,
                        p.edges(),
                        interval(study, condition, version, label, n, people, peopleFit, fit)));
                disputed(label, all, people.pairs(), p.edges()).stream()
                        .map(d -> new DisputedPair(
                                d.model(),
                                d.firstKey(),
                                d.first(),
                                d.secondKey(),
                                d.second(),
                                d.peopleShare(),
                                d.peopleVotes(),
                                d.modelShare(),
                                0))
                        .forEach(disputed::add);
            }
        }
        return new UtilityReport(peopleSummary, models, agreement, disputed, settings.unparseableRule());
    }

    /**
     * Published means and variances put on the scale of the study's fits: μ to mean 0 and sample SD 1 over the study's
     * outcomes, σ² divided by the same SD squared (decision 0043; the identity, up to their code's 1e-5 in the SD, when
     * the study has exactly the file's options).
     */
    static Utilities renormalised(double[] mean, double[] variance) {
        return Utilities.normalised(mean, variance, Double.NaN, 0);
    }

    private static UnparseableRule ruleOf(UtilitySettings settings) {
        return settings.halfVoteWhenUnparseable() ? UnparseableRule.HALF : UnparseableRule.DROP;
    }

    /**
     * The pairs with their votes that a fit of {@link #report(long)} was made from: the people's ({@code model} null)
     * or one model's, by outcome index in the study's order; empty for a model without answers.
     */
    @Transactional(readOnly = true)
    public List<PairVotes> pairs(long studyId, String model) {
        StudySummary study = studies.require(studyId, UtilityKind.ID);
        if (model == null) {
            return votes.people(studyId).pairs();
        }
        return votes.models(studyId, ruleOf(UtilitySettings.fromJson(study.settings()))).stream()
                .filter(m -> m.model().equals(model))
                .findFirst()
                .map(UtilityVotes.ModelVotes::pairs)
                .orElse(List.of());
    }

    private static Utilities fit(int n, List<PairVotes> pairs) {
        return ThurstonianFit.withDefaults().fit(n, pairs);
    }

    private static UtilityFit summary(
            String label,
            boolean isPeople,
            List<Outcome> all,
            List<PairVotes> pairs,
            Utilities fit,
            int votes,
            int unparseable,
            long seed) {
        List<OutcomeUtility> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Outcome o = all.get(i);
            rows.add(new OutcomeUtility(
                    o.getKey(), o.getDescription(), o.getCategory(), fit.mean()[i], fit.variance()[i]));
        }
        Coherence coherence = pairs.size() < 20 ? null : CoherenceMetrics.of(all.size(), pairs, seed);
        return new UtilityFit(label, isPeople, rows, coherence, votes, unparseable, pairs.size());
    }

    /**
     * Pearson's r's bootstrap interval over participants: computed now for a study of up to {@code
     * moralbase.utility.inline-interval-outcomes}, else in the background ({@link UtilityIntervals}); none with fewer
     * than {@link #MIN_PEOPLE_FOR_INTERVAL} participants.
     */
    private Interval interval(
            StudySummary study,
            String condition,
            long version,
            String model,
            int n,
            UtilityVotes.People people,
            Utilities peopleFit,
            Utilities modelFit) {
        if (people.bySession().size() < MIN_PEOPLE_FOR_INTERVAL) {
            return new Interval(null, false);
        }
        List<List<PairVotes>> byRater = List.copyOf(people.bySession().values());
        double[] other = modelFit.mean();
        long seed = study.randomSeed();
        java.util.function.Supplier<ConfidenceInterval> bootstrap =
                () -> UtilityCorrelation.bootstrap(byRater, other, n, peopleFit, RESAMPLES, seed);
        if (intervals.inline(n)) {
            return new Interval(bootstrap.get(), false);
        }
        intervals.submit(intervalKey(study.id(), condition, version, model), bootstrap);
        return new Interval(null, true);
    }

    private record Interval(ConfidenceInterval value, boolean pending) {}

    private static HumanModelAgreement agreement(
            String model,
            UtilityVotes.People people,
            Utilities peopleFit,
            Utilities modelFit,
            List<PairVotes> modelPairs,
            Interval interval) {
        Map<Pair, PairVotes> modelBy = byPair(modelPairs);
        int agree = 0;
        int compared = 0;
        int tied = 0;
        for (PairVotes h : people.pairs()) {
            PairVotes m = modelBy.get(Pair.of(h.a(), h.b()));
            if (m == null) {
                continue;
            }
            double ph = h.probabilityA();
            double pm = m.probabilityA();
            if (ph == 0.5 || pm == 0.5) {
                tied++;
                continue;
            }
            compared++;
            if ((ph > 0.5) == (pm > 0.5)) {
                agree++;
            }
        }
        return new HumanModelAgreement(
                model,
                UtilityCorrelation.pearson(peopleFit.mean(), modelFit.mean()),
                interval.value(),
                UtilityCorrelation.spearman(peopleFit.mean(), modelFit.mean()),
                compared == 0 ? null : (double) agree / compared,
                compared,
                tied,
                interval.pending());
    }

    private static List<DisputedPair> disputed(
            String model, List<Outcome> all, List<PairVotes> peoplePairs, List<PairVotes> modelPairs) {
        Map<Pair, PairVotes> modelBy = byPair(modelPairs);
        List<DisputedPair> out = new ArrayList<>();
        for (PairVotes h : peoplePairs) {
            PairVotes m = modelBy.get(Pair.of(h.a(), h.b()));
            if (m == null) {
                continue;
            }
            Outcome a = all.get(h.a());
            Outcome b = all.get(h.b());
            out.add(new DisputedPair(
                    model,
                    a.getKey(),
                    a.getDescription(),
                    b.getKey(),
                    b.getDescription(),
                    h.probabilityA(),
                    (int) Math.round(h.votes()),
                    m.probabilityA(),
                    (int) Math.round(m.votes())));
        }
        out.sort(Comparator.comparingDouble(DisputedPair::gap).reversed());
        return out.subList(0, Math.min(DISPUTED, out.size()));
    }

    private static Map<Pair, PairVotes> byPair(List<PairVotes> pairs) {
        Map<Pair, PairVotes> by = new HashMap<>();
        pairs.forEach(p -> by.put(Pair.of(p.a(), p.b()), p));
        return by;
    }
}
