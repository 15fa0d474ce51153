package org.moralbase.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.questionnaire.format.Scale;
import org.moralbase.stats.questionnaire.MeanDifference;
import org.moralbase.stats.questionnaire.MeanDifferenceInterval;
import org.moralbase.stats.questionnaire.ScaleReliability;
import org.moralbase.stats.questionnaire.Wasserstein;

/**
 * Scores a questionnaire (docs/methods.md, "Questionnaires"): a reverse-keyed answer scores min + max − value; a
 * person's subscale score is the mean of their scored answers in it, and a model sample's the mean of its valid answers
 * to the subscale's items; attention items are never scored. Plain logic over what the service read.
 */
final class Scoring {

    private Scoring() {}

    /**
     * The report.
     *
     * @param items the bank, in order
     * @param people per counted person, item id → point chosen
     * @param samples per model, its samples (of all its runs), each item id → point chosen (0 for an unreadable answer)
     */
    static QuestionnaireReport report(
            List<ItemRow> items,
            List<Map<String, Integer>> people,
            int screenedOut,
            Map<String, List<Map<String, Integer>>> samples) {
        Map<String, Map<String, int[]>> models = new TreeMap<>();
        samples.forEach((model, list) -> models.put(model, counts(list)));
        Map<String, List<ItemRow>> bySubscale = new LinkedHashMap<>();
        items.stream().filter(i -> !i.attention()).forEach(i -> bySubscale
                .computeIfAbsent(i.subscale(), s -> new ArrayList<>())
                .add(i));
        List<SubscaleScores> subscales = new ArrayList<>();
        bySubscale.forEach((name, members) -> subscales.add(subscale(name, members, people, samples)));
        List<ItemScores> itemScores = new ArrayList<>();
        for (ItemRow item : items) {
            itemScores.add(item(item, people, models));
        }
        return new QuestionnaireReport(people.size(), screenedOut, List.copyOf(models.keySet()), subscales, itemScores);
    }

    /** Per item the counts over the samples: element 0 unreadable, element p point p. */
    private static Map<String, int[]> counts(List<Map<String, Integer>> samples) {
        Map<String, int[]> out = new java.util.HashMap<>();
        for (Map<String, Integer> sample : samples) {
            sample.forEach((item, p) -> {
                if (p >= 0 && p <= Scale.MAX_POINTS) {
                    out.computeIfAbsent(item, k -> new int[Scale.MAX_POINTS + 1])[p]++;
                }
            });
        }
        return out;
    }

    /** Each respondent's mean scored answer over the members they answered validly; respondents with none left out. */
    private static double[] respondentScores(List<ItemRow> members, List<Map<String, Integer>> respondents) {
        List<Double> scores = new ArrayList<>();
        for (Map<String, Integer> respondent : respondents) {
            double sum = 0;
            int n = 0;
            for (ItemRow item : members) {
                Integer point = respondent.get(item.key());
                if (point != null && point >= 1 && point <= item.scale().points()) {
                    sum += scored(item, point);
                    n++;
                }
            }
            if (n > 0) {
                scores.add(sum / n);
            }
        }
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The score of an answer: the point, reversed for a reverse-keyed item. */
    static int scored(ItemRow item, int point) {
        return item.reverse() ? item.scale().reversed(point) : point;
    }

    private static SubscaleScores subscale(
            String name,
            List<ItemRow> members,
            List<Map<String, Integer>> people,
            Map<String, List<Map<String, Integer>>> samples) {
        Map<String, ScoreSummary> modelScores = new TreeMap<>();
        samples.forEach((model, list) -> modelScores.put(model, ScoreSummary.of(respondentScores(members, list))));
        return new SubscaleScores(
                name,
                members.size(),
                ScoreSummary.of(respondentScores(members, people)),
                modelScores,
                reliability(members, people));
    }

    // α and ω over the people's scored answers, pairwise as psych (a missing answer is NaN)
    private static SubscaleScores.Reliability reliability(List<ItemRow> members, List<Map<String, Integer>> people) {
        if (people.isEmpty()) {
            return null;
        }
        double[][] scored = new double[people.size()][members.size()];
        for (int r = 0; r < people.size(); r++) {
            for (int i = 0; i < members.size(); i++) {
                Integer point = people.get(r).get(members.get(i).key());
                scored[r][i] = point == null ? Double.NaN : scored(members.get(i), point);
            }
        }
        ScaleReliability s =
                ScaleReliability.of(scored, members.stream().map(ItemRow::key).toList());
        return new SubscaleScores.Reliability(s.alpha(), s.omegaTotal(), s.notes());
    }

    private static ItemScores item(
            ItemRow item, List<Map<String, Integer>> people, Map<String, Map<String, int[]>> models) {
        int k = item.scale().points();
        int[] counts = new int[k];
        for (Map<String, Integer> person : people) {
            Integer point = person.get(item.key());
            if (point != null && point >= 1 && point <= k) {
                counts[point - 1]++;
            }
        }
        double peopleMean = ItemScores.mean(counts);
        Map<String, ItemScores.ModelItem> byModel = new TreeMap<>();
        models.forEach((model, answers) -> {
            int[] c = answers.get(item.key());
            if (c == null) {
                return;
            }
            int[] valid = new int[k];
            for (int p = 1; p <= k && p < c.length; p++) {
                valid[p - 1] = c[p];
            }
            double mean = ItemScores.mean(valid);
            byModel.put(model, modelItem(item.key(), counts, valid, c[0], mean, peopleMean));
        });
        return new ItemScores(
                item.key(),
                item.text(),
                item.subscale(),
                item.reverse(),
                item.attention(),
                item.scale().labels(),
                counts,
                peopleMean,
                byModel);
    }

    /** The distance between two distributions over the points 1..k, or null when either is empty. */
    static Double wasserstein(int[] people, int[] model) {
        if (java.util.Arrays.stream(people).sum() == 0
                || java.util.Arrays.stream(model).sum() == 0) {
            return null;
        }
        double[] points = new double[people.length];
        double[] u = new double[people.length];
        double[] v = new double[people.length];
        for (int p = 0; p < people.length; p++) {
            points[p] = p + 1;
            u[p] = people[p];
            v[p] = model[p];
        }
        return Wasserstein.distance(points, u, v);
    }

    /** Bootstrap resamples of the item mean difference. */
    static final int RESAMPLES = 2_000;

    private static ItemScores.ModelItem modelItem(
            String key, int[] people, int[] model, int unreadable, double mean, double peopleMean) {
        double low = Double.NaN;
        double high = Double.NaN;
        if (java.util.Arrays.stream(people).sum() > 0
                && java.util.Arrays.stream(model).sum() > 0) {
            // seeded by the item's id, so the page and the API give the same interval every time
            MeanDifferenceInterval d =
                    MeanDifference.of(RESAMPLES, key.hashCode()).estimate(points(model), points(people));
            low = d.ciLow();
            high = d.ciHigh();
        }
        return new ItemScores.ModelItem(
                model, unreadable, mean, mean - peopleMean, low, high, wasserstein(people, model));
    }

    /** The answers behind counts (element p − 1 counting point p), one value per answer. */
    static double[] points(int[] counts) {
        return java.util.stream.IntStream.range(0, counts.length)
                .flatMap(p -> java.util.stream.IntStream.generate(() -> p + 1).limit(counts[p]))
                .asDoubleStream()
                .toArray();
    }
}
