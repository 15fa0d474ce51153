package org.moralbase.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.moralbase.stats.agreement.AlphaBootstrap;
import org.moralbase.stats.agreement.AlphaInterval;
import org.moralbase.stats.agreement.FleissKappa;
import org.moralbase.stats.agreement.ItemSummaries;
import org.moralbase.stats.agreement.ItemSummary;
import org.moralbase.stats.agreement.Metric;
import org.moralbase.stats.agreement.Rating;
import org.moralbase.stats.agreement.ReliabilityData;

/**
 * Plain computation of a {@link QualityReport} from long-format judgements (no Spring, no database). Levels:
 * choices nominal; scales ordinal and interval; numbers interval; free text none. "unsure" counts as missing.
 * Excluded raters are dropped before anything is computed.
 */
final class QualityCalculator {

    /** Straight-lining: this share of one answer over at least {@link #STRAIGHT_MIN} items… */
    static final double STRAIGHT_SHARE = 0.9;
    /** …where the other workers give that answer less than this share of the time. */
    static final double STRAIGHT_OTHERS = 0.6;

    static final int STRAIGHT_MIN = 5;

    private final int replicates;
    private final long seed;

    QualityCalculator(int replicates, long seed) {
        this.replicates = replicates;
        this.seed = seed;
    }

    QualityReport compute(
            List<QuestionSpec> questions,
            List<Judgement> all,
            Map<String, Map<String, String>> gold,
            Set<String> excluded,
            Map<String, String[]> decisions) {
        List<Judgement> kept =
                all.stream().filter(j -> !excluded.contains(j.rater())).toList();
        List<QualityReport.AgreementRow> agreement = new ArrayList<>();
        List<QualityReport.ItemRow> items = new ArrayList<>();
        Map<String, String> majorities = new HashMap<>();
        for (QuestionSpec q : questions) {
            List<Judgement> answers =
                    kept.stream().filter(j -> j.question().equals(q.code())).toList();
            agreement.addAll(agreementRows(q, answers));
            if (q.kind() == QuestionKind.TEXT || q.kind() == QuestionKind.NUMBER) {
                continue;
            }
            Map<String, String> goldOfQ = new HashMap<>();
            gold.forEach((item, g) -> {
                if (g.containsKey(q.code())) {
                    goldOfQ.put(item, g.get(q.code()));
                }
            });
            for (ItemSummary<String> s : ItemSummaries.summarise(labels(answers), goldOfQ)) {
                String majority = s.isTie()
                        ? "tie: " + String.join(" / ", s.majorityLabels())
                        : s.majorityLabels().getFirst();
                if (!s.isTie()) {
                    majorities.put(s.item() + "\u0000" + q.code(), majority);
                }
                String[] decided = decisions.get(s.item() + "\u0000" + q.code());
                items.add(new QualityReport.ItemRow(
                        s.item(),
                        q.code(),
                        majority,
                        s.majorityShare(),
                        s.entropyBits(),
                        s.ratings(),
                        goldOfQ.getOrDefault(s.item(), ""),
                        s.goldMatch().name(),
                        decided != null ? decided[0] : s.isTie() ? "" : majority,
                        decided != null ? decided[1] : s.isTie() ? "" : "majority"));
            }
        }
        return new QualityReport(agreement, items, workers(questions, all, kept, gold, excluded, majorities));
    }

    /** The ratings of one question as labels; "unsure" is missing. */
    static List<Rating<String>> labels(Collection<Judgement> answers) {
        return answers.stream()
                .map(j ->
                        new Rating<>(j.itemKey(), j.rater(), QuestionSpec.UNSURE.equals(j.value()) ? null : j.value()))
                .toList();
    }

    private List<QualityReport.AgreementRow> agreementRows(QuestionSpec q, List<Judgement> answers) {
        return switch (q.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                List.of(alphaRow(
                        q.code(),
                        Metric.NOMINAL,
                        () -> ReliabilityData.fromLabels(labels(answers)),
                        fleiss(labels(answers))));
            case SCALE ->
                List.of(
                        alphaRow(
                                q.code(),
                                Metric.ORDINAL,
                                () -> ReliabilityData.fromRatings(numbers(answers)),
                                Double.NaN),
                        alphaRow(
                                q.code(),
                                Metric.INTERVAL,
                                () -> ReliabilityData.fromRatings(numbers(answers)),
                                Double.NaN));
            case NUMBER ->
                List.of(alphaRow(
                        q.code(), Metric.INTERVAL, () -> ReliabilityData.fromRatings(numbers(answers)), Double.NaN));
            case TEXT -> List.of();
        };
    }

    private QualityReport.AgreementRow alphaRow(
            String code, Metric metric, java.util.function.Supplier<ReliabilityData> data, double kappa) {
        String level = metric.name().toLowerCase(java.util.Locale.ROOT);
        try {
            AlphaInterval a = AlphaBootstrap.of(metric, replicates, seed).interval(data.get());
            return new QualityReport.AgreementRow(
                    code,
                    level,
                    a.estimate().alpha(),
                    a.ciLow(),
                    a.ciHigh(),
                    a.estimate().pairableUnits(),
                    kappa,
                    "");
        } catch (IllegalArgumentException e) {
            return new QualityReport.AgreementRow(
                    code, level, Double.NaN, Double.NaN, Double.NaN, 0, kappa, e.getMessage());
        }
    }

    static List<Rating<Double>> numbers(Collection<Judgement> answers) {
        return answers.stream()
                .map(j -> new Rating<>(j.itemKey(), j.rater(), Double.valueOf(j.value())))
                .toList();
    }

    /** Fleiss' kappa when every rated item has the same number (≥ 2) of non-missing ratings, else NaN. */
    static double fleiss(List<Rating<String>> ratings) {
        List<Rating<String>> present =
                ratings.stream().filter(r -> r.value() != null).toList();
        Set<Long> sizes =
                present.stream().collect(Collectors.groupingBy(Rating::item, Collectors.counting())).values().stream()
                        .collect(Collectors.toSet());
        if (sizes.size() != 1 || sizes.iterator().next() < 2) {
            return Double.NaN;
        }
        try {
            return FleissKappa.estimate(present).kappa();
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    private static List<QualityReport.WorkerRow> workers(
            List<QuestionSpec> questions,
            List<Judgement> all,
            List<Judgement> kept,
            Map<String, Map<String, String>> gold,
            Set<String> excluded,
            Map<String, String> majorities) {
        Set<String> labelled = questions.stream()
                .filter(q -> q.kind() != QuestionKind.TEXT && q.kind() != QuestionKind.NUMBER)
                .map(QuestionSpec::code)
                .collect(Collectors.toSet());
        Map<String, List<Judgement>> byRater =
                all.stream().collect(Collectors.groupingBy(Judgement::rater, LinkedHashMap::new, Collectors.toList()));
        List<QualityReport.WorkerRow> rows = new ArrayList<>();
        byRater.forEach((rater, mine) -> {
            int goldN = 0;
            int goldHit = 0;
            int majN = 0;
            int majHit = 0;
            for (Judgement j : mine) {
                if (!labelled.contains(j.question())) {
                    continue;
                }
                String g = gold.getOrDefault(j.itemKey(), Map.of()).get(j.question());
                if (g != null) {
                    goldN++;
                    goldHit += g.equals(j.value()) ? 1 : 0;
                }
                String m = majorities.get(j.itemKey() + "\u0000" + j.question());
                if (m != null) {
                    majN++;
                    majHit += m.equals(j.value()) ? 1 : 0;
                }
            }
            long[] times = mine.stream()
                    .collect(Collectors.toMap(Judgement::itemKey, Judgement::timeMs, (a, b) -> a))
                    .values()
                    .stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            long median = times.length == 0
                    ? 0
                    : times.length % 2 == 1
                            ? times[times.length / 2]
                            : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
            int itemCount =
                    (int) mine.stream().map(Judgement::itemKey).distinct().count();
            rows.add(new QualityReport.WorkerRow(
                    rater,
                    itemCount,
                    goldN == 0 ? Double.NaN : (double) goldHit / goldN,
                    goldN,
                    majN == 0 ? Double.NaN : (double) majHit / majN,
                    median,
                    straightLining(rater, mine, kept, labelled),
                    excluded.contains(rater)));
        });
        return rows;
    }

    static boolean straightLining(String rater, List<Judgement> mine, List<Judgement> kept, Set<String> labelled) {
        for (String code : labelled) {
            List<String> values = mine.stream()
                    .filter(j -> j.question().equals(code))
                    .map(Judgement::value)
                    .toList();
            if (values.size() < STRAIGHT_MIN) {
                continue;
            }
            Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
            Map.Entry<String, Long> top =
                    counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if ((double) top.getValue() / values.size() < STRAIGHT_SHARE) {
                continue;
            }
            List<String> others = kept.stream()
                    .filter(j -> j.question().equals(code) && !j.rater().equals(rater))
                    .map(Judgement::value)
                    .toList();
            double otherShare = others.isEmpty()
                    ? 1
                    : (double) others.stream().filter(top.getKey()::equals).count() / others.size();
            if (otherShare < STRAIGHT_OTHERS) {
                return true;
            }
        }
        return false;
    }
}
