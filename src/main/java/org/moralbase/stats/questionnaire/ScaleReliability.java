package org.moralbase.stats.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The internal consistency of one subscale (methods, "Scale reliability"; decision 0026): Cronbach's (1951) raw
 * alpha and McDonald's (1999) omega total from a one-factor minres solution, as R's {@code
 * psych::alpha(x)$total$raw_alpha} and {@code psych::omega(x, nfactors = 1)$omega.tot}.
 *
 * <p>Missing answers are handled as psych does by default ({@code use = "pairwise"}): each covariance (alpha) and
 * each correlation (omega) uses the respondents who answered both items; nobody is dropped as a whole. Answers
 * must already be scored in the items' direction ({@link LikertScale#score}).
 *
 * @param items the subscale's items k
 * @param respondents respondents who answered at least one of its items
 * @param completeRespondents respondents who answered all of them
 * @param alpha raw alpha k/(k − 1)·(1 − tr C / Σ C) on the pairwise covariances C; NaN when undefined
 * @param omegaTotal 1 − Σ ψ_i / Σ R on the pairwise correlations R with one-factor minres uniquenesses ψ_i = 1 −
 *     λ_i² (items with a negative loading flipped in R, as psych does); NaN when undefined
 * @param notes why alpha or omega is NaN, and warnings (an item that loads negatively); empty when all is well
 */
public record ScaleReliability(
        int items, int respondents, int completeRespondents, double alpha, double omegaTotal, List<String> notes) {

    /** Above this communality the solution is a Heywood case: psych bounds each uniqueness below at 0.005. */
    static final double MAX_COMMUNALITY = 0.995;

    /** Copies the notes. */
    public ScaleReliability {
        notes = List.copyOf(notes);
    }

    /**
     * Alpha and omega total of a subscale, items named by position ("item 1", …) in the notes.
     *
     * @param answers respondents × items, scored; {@code NaN} = missing; at least one respondent
     */
    public static ScaleReliability of(double[][] answers) {
        if (answers.length == 0) {
            throw new IllegalArgumentException("no respondents, so no items: name them with of(answers, itemNames)");
        }
        return of(
                answers,
                IntStream.rangeClosed(1, answers[0].length)
                        .mapToObj(i -> "item " + i)
                        .toList());
    }

    /**
     * Alpha and omega total of a subscale: alpha needs 2 items, omega 3 (with 2 the one-factor model is not
     * identified: any λ_1 λ_2 = r_12 fits). Either is NaN, with a note, when an item has no variance, two items
     * share fewer than 2 respondents or do not both vary among those they share, or (omega) the factor solution is a
     * Heywood case (a communality above 0.995).
     *
     * @param answers respondents × items, scored; {@code NaN} = missing
     * @param itemNames one name per item, for the notes
     */
    public static ScaleReliability of(double[][] answers, List<String> itemNames) {
        int k = itemNames.size();
        if (k == 0) {
            throw new IllegalArgumentException("a subscale needs at least one item");
        }
        List<double[]> answered = new ArrayList<>();
        int complete = 0;
        for (double[] row : answers) {
            if (row.length != k) {
                throw new IllegalArgumentException(
                        "each respondent needs one answer (or NaN) per item: expected " + k + ", found " + row.length);
            }
            long present =
                    IntStream.range(0, k).filter(i -> !Double.isNaN(row[i])).count();
            if (present > 0) {
                answered.add(row);
            }
            complete += present == k ? 1 : 0;
        }
        List<String> notes = new ArrayList<>();
        PairwiseMoments moments = PairwiseMoments.of(answered.toArray(double[][]::new), k);
        String undefined = k < 2 ? "alpha and omega need at least 2 items, found " + k : problem(moments, itemNames);
        double alpha = Double.NaN;
        double omega = Double.NaN;
        if (undefined != null) {
            notes.add(undefined);
        } else {
            alpha = CronbachAlpha.raw(moments.covariance);
            if (Double.isNaN(alpha)) {
                notes.add("alpha is undefined: the item covariances sum to zero or less");
            }
            if (k < 3) {
                notes.add("omega needs at least 3 items (with 2 a one-factor model is not identified), found " + k);
            } else {
                omega = OmegaTotal.of(moments.correlation, itemNames, notes);
            }
        }
        return new ScaleReliability(k, answered.size(), complete, alpha, omega, notes);
    }

    /** Why no statistic can be computed, or null: an item without variance, a pair without 2 shared respondents. */
    private static String problem(PairwiseMoments m, List<String> names) {
        int k = names.size();
        for (int i = 0; i < k; i++) {
            if (m.pairs[i][i] < 2) {
                return "alpha and omega are undefined: " + names.get(i) + " has fewer than 2 answers (" + m.pairs[i][i]
                        + ")";
            }
            if (!(m.covariance[i][i] > 0)) {
                return "alpha and omega are undefined: " + names.get(i) + " has no variance (all " + m.pairs[i][i]
                        + " answers are equal)";
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                String pair = "alpha and omega are undefined: " + names.get(i) + " and " + names.get(j);
                if (m.pairs[i][j] < 2) {
                    return pair + " were answered together by fewer than 2 respondents (" + m.pairs[i][j] + ")";
                }
                if (Double.isNaN(m.correlation[i][j])) {
                    return pair + " do not both vary among the " + m.pairs[i][j] + " respondents who answered both";
                }
            }
        }
        return null;
    }
}
