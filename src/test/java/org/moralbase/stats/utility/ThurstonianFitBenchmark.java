package org.moralbase.stats.utility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: the fit's time on the size (docs/benchmarks.md): 510 outcomes, {@link PairSelection#targetEdges}
 * (9,174) pairs from a random cycle plus random pairs, 20 votes each from simulated utilities (μ ~ N(0, 1), σ² ~
 * e^N(0, 0.3)); fits five times and prints each fit's wall time and iterations. Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.moralbase.stats.utility.ThurstonianFitBenchmark}
 * (docs/benchmarks.md gives the class path line).
 */
public final class ThurstonianFitBenchmark {

    private ThurstonianFitBenchmark() {}

    /** Runs the benchmark; the first argument overrides the number of outcomes. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 510;
        Random random = new Random(510);
        double[] mu = new double[n];
        double[] s2 = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = random.nextGaussian();
            s2[i] = Math.exp(0.3 * random.nextGaussian());
        }
        Set<Pair> pairs = new LinkedHashSet<>(PairSelection.initialGraph(n, random));
        while (pairs.size() < PairSelection.targetEdges(n)) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                pairs.add(Pair.of(a, b));
            }
        }
        List<PairVotes> votes = new ArrayList<>();
        for (Pair p : pairs) {
            double q = Utilities.phi((mu[p.a()] - mu[p.b()]) / Math.sqrt(s2[p.a()] + s2[p.b()]));
            int forA = 0;
            for (int k = 0; k < 20; k++) {
                forA += random.nextDouble() < q ? 1 : 0;
            }
            votes.add(new PairVotes(p.a(), p.b(), forA, 20));
        }
        System.out.printf("outcomes=%d pairs=%d%n", n, votes.size());
        for (int run = 1; run <= 5; run++) {
            long t0 = System.nanoTime();
            Utilities u = ThurstonianFit.withDefaults().fit(n, votes);
            long t1 = System.nanoTime();
            System.out.printf(
                    "fit %d: %.3f s, %d iterations, loss %.6f, r(true μ, fitted μ) = %.4f%n",
                    run, (t1 - t0) / 1e9, u.iterations(), u.loss(), UtilityCorrelation.pearson(mu, u.mean()));
        }
    }
}
