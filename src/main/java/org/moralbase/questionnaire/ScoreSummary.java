package org.moralbase.questionnaire;

/**
 * A mean score with its spread.
 *
 * @param mean the mean, NaN when {@code n} is 0
 * @param sd the sample standard deviation (n − 1), NaN below two
 * @param n how many values (people for people's scores, answers for a model's)
 */
public record ScoreSummary(double mean, double sd, int n) {

    /** The summary of these values. */
    public static ScoreSummary of(double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new ScoreSummary(mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n);
    }
}
