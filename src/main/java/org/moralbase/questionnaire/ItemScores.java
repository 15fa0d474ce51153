package org.moralbase.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * One item's answers: the distribution of points chosen by people and by each model, as answered (not reversed).
 *
 * @param key the item's id
 * @param text the item's text
 * @param subscale its subscale, or null for an attention item
 * @param reverse whether it is reverse-keyed
 * @param attention whether it is an attention item
 * @param labels the scale's labels, point 1 first
 * @param people how many people chose each point: element p − 1 for point p
 * @param peopleMean the people's mean point, NaN for none
 * @param models per model (by name) its answers
 */
public record ItemScores(
        String key,
        String text,
        String subscale,
        boolean reverse,
        boolean attention,
        List<String> labels,
        int[] people,
        double peopleMean,
        Map<String, ModelItem> models) {

    /**
     * One model's answers to the item.
     *
     * @param counts how many valid answers chose each point: element p − 1 for point p
     * @param unreadable answers that named no point (never scored)
     * @param mean the mean point of the valid answers, NaN for none
     * @param meanDifference the model's mean minus the people's, NaN when either has none
     * @param ciLow the lower end of the difference's 95% percentile bootstrap interval (2,000 resamples of each group,
     *     seeded by the item's id; {@code stats.questionnaire.MeanDifference}), NaN when either has no answer
     * @param ciHigh its upper end
     * @param wasserstein the 1-D Wasserstein distance between the people's and the model's distributions over the
     *     scale's points ({@code stats.questionnaire.Wasserstein}), or {@code null} when either has no answer
     */
    public record ModelItem(
            int[] counts,
            int unreadable,
            double mean,
            double meanDifference,
            double ciLow,
            double ciHigh,
            Double wasserstein) {}

    /** The mean point of counts (element p − 1 counting point p), NaN for none. */
    static double mean(int[] counts) {
        long n = 0;
        long sum = 0;
        for (int p = 0; p < counts.length; p++) {
            n += counts[p];
            sum += (long) counts[p] * (p + 1);
        }
        return n == 0 ? Double.NaN : (double) sum / n;
    }
}
