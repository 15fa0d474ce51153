package org.moralbase.stats.amce;

import java.util.List;

/**
 * Not a test: a JMH-free micro check of {@link AmceAccumulator#add} throughput, single thread, on synthetic
 * rows held in memory (no CSV). Run after {@code mvn test-compile}:
 * {@code java -Xmx8g -cp target/classes:target/test-classes org.moralbase.stats.amce.AmceAccumulatorThroughput 10000000}
 */
public final class AmceAccumulatorThroughput {

    private AmceAccumulatorThroughput() {}

    /** Feeds N rows (default 10 million; second argument {@code shuffle} scatters clusters) three times and prints rows/second of each pass. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        List<AmceRow> rows = SyntheticRows.generate(2026, n, 0);
        if (args.length > 1 && args[1].equals("shuffle")) {
            // worst case: a respondent's rows scattered over the stream
            java.util.Collections.shuffle(rows, new java.util.Random(1));
        }
        System.out.printf("rows=%d%n", rows.size());
        // baseline: only reading the rows (object and string cache misses), to separate them from add()
        long b0 = System.nanoTime();
        long check = 0;
        for (AmceRow row : rows) {
            check += row.cluster()
                    + row.saved()
                    + row.scenarioType().hashCode()
                    + row.attributeLevel().hashCode();
        }
        System.out.printf("read-only baseline %.2f s (checksum %d)%n", (System.nanoTime() - b0) / 1e9, check);
        for (int pass = 1; pass <= 3; pass++) {
            AmceAccumulator acc = new AmceAccumulator();
            long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (AmceRow row : rows) {
                acc.add(row);
            }
            long t1 = System.nanoTime();
            long c1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            AmceResult r = acc.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM);
            long t2 = System.nanoTime();
            System.out.printf(
                    "pass %d: add %.2f s (thread CPU %.2f s) = %.2f M rows/s; result %.3f s; (cluster,subset) entries %d; Age %.4f (SE %.4f)%n",
                    pass,
                    (t1 - t0) / 1e9,
                    (c1 - c0) / 1e9,
                    rows.size() / ((t1 - t0) / 1e9) / 1e6,
                    (t2 - t1) / 1e9,
                    acc.clusterSums().size(),
                    r.estimate(AmceAttribute.AGE).estimate(),
                    r.estimate(AmceAttribute.AGE).standardError());
        }
    }
}
