package org.moralbase.moralmachine.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.moralbase.stats.scaling.ScalingObservation;

/**
 * Benchmark main, not a test: the scaling view's service output (the full methods §3 analysis and the SVG)
 * for 1,000 synthetic models. Run with
 * {@code mvn -o -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.moralbase.models.ScalingViewBenchmark}
 * (or from the IDE); the result goes to docs/benchmarks.md, "Scaling view".
 */
public final class ScalingViewBenchmark {

    private static final String[] FAMILIES = {"DeepSeek", "Llama", "Gemma", "Qwen", "Mistral"};

    private ScalingViewBenchmark() {}

    static List<ScalingObservation> synthetic(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ScalingObservation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double logS = -0.5 + random.nextDouble() * 3.3;
            boolean reasoning = random.nextInt(4) == 0;
            String family = FAMILIES[random.nextInt(FAMILIES.length)];
            double logD = 0.05 - 0.1 * logS - (reasoning ? 0.1 : 0) + random.nextGaussian() * 0.08;
            out.add(new ScalingObservation(
                    family + " synthetic " + i,
                    Math.pow(10, logS),
                    reasoning,
                    LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000)),
                    Math.pow(10, logD)));
        }
        return out;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ScalingDataset data = new ScalingDataset("synthetic", synthetic(n, 20260601L), List.of());
        for (int i = 0; i < 5; i++) {
            ScalingService.compute(data); // warm-up
        }
        int repeats = 20;
        long[] times = new long[repeats];
        int length = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            ScalingResult r = ScalingService.compute(data);
            times[i] = System.nanoTime() - t0;
            length = r.svg().length();
        }
        java.util.Arrays.sort(times);
        System.out.printf(
                "models %d: analysis + SVG median %.1f ms, max %.1f ms, first (cold) not counted; SVG %d chars%n",
                n, times[repeats / 2] / 1e6, times[repeats - 1] / 1e6, length);
        var report = ScalingService.compute(data).report();
        long mixed = 0;
        long svg = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            org.moralbase.stats.scaling.ScalingMixedModel.fit(data.models());
            long t1 = System.nanoTime();
            ScalingChart.svg(data.models(), report);
            long t2 = System.nanoTime();
            mixed += t1 - t0;
            svg += t2 - t1;
        }
        System.out.printf(
                "of which (means): mixed model %.1f ms, SVG alone %.1f ms%n",
                mixed / 1e6 / repeats, svg / 1e6 / repeats);
    }
}
