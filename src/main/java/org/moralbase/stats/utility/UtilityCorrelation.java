package org.moralbase.stats.utility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.moralbase.stats.proportion.ConfidenceInterval;

/**
 * How closely two sets of utilities over the same outcomes agree: Pearson and Spearman correlation of μ, and a
 * percentile bootstrap interval of Pearson's r over raters (people resampled with replacement, their votes pooled and
 * refitted from the full fit, seeded).
 */
public final class UtilityCorrelation {

    private UtilityCorrelation() {}

    /** Pearson's r. */
    public static double pearson(double[] x, double[] y) {
        return new PearsonsCorrelation().correlation(x, y);
    }

    /** Spearman's ρ (average ranks for ties). */
    public static double spearman(double[] x, double[] y) {
        return new SpearmansCorrelation().correlation(x, y);
    }

    /**
     * The 95% percentile bootstrap interval of Pearson's r between the raters' pooled utilities and {@code other}.
     *
     * @param byRater each rater's votes
     * @param start the fit of all raters' votes (each resample starts there)
     */
    public static ConfidenceInterval bootstrap(
            List<List<PairVotes>> byRater, double[] other, int outcomes, Utilities start, int resamples, long seed) {
        if (byRater.size() < 2 || resamples < 10) {
            throw new IllegalArgumentException("bootstrap: at least 2 raters and 10 resamples");
        }
        Random random = new Random(seed);
        ThurstonianFit fit = ThurstonianFit.withDefaults();
        double[] r = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            Map<Pair, double[]> pooled = new HashMap<>();
            for (int k = 0; k < byRater.size(); k++) {
                for (PairVotes v : byRater.get(random.nextInt(byRater.size()))) {
                    Pair p = Pair.of(v.a(), v.b());
                    double forA = v.a() == p.a() ? v.votesA() : v.votes() - v.votesA();
                    double[] c = pooled.computeIfAbsent(p, x -> new double[2]);
                    c[0] += forA;
                    c[1] += v.votes();
                }
            }
            List<PairVotes> votes = new ArrayList<>();
            pooled.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(
                            java.util.Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b)))
                    .forEach(e ->
                            votes.add(new PairVotes(e.getKey().a(), e.getKey().b(), e.getValue()[0], e.getValue()[1])));
            r[i] = pearson(fit.fit(outcomes, votes, start).mean(), other);
        }
        Arrays.sort(r);
        return new ConfidenceInterval(
                r[(int) Math.floor(0.025 * (resamples - 1))], r[(int) Math.ceil(0.975 * (resamples - 1))], 0.95);
    }
}
