package org.moralbase.moralmachine.format;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Manual benchmark (not a test): times {@link AmceRowReader#accumulate} on an existing file with 1..N threads,
 * wall and process CPU time (all threads, GC included). Run with {@code java -cp target/classes:target/test-classes
 * … FILE [maxThreads] [rounds]}.
 */
public final class AmceAccumulateThroughput {
    private AmceAccumulateThroughput() {}

    /** Args: FILE [max threads, default 2] [rounds, default 3]. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int maxThreads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++) {
            for (int threads = 1; threads <= maxThreads; threads++) {
                long t0 = System.nanoTime();
                long c0 = os.getProcessCpuTime();
                AmceAccumulated r =
                        AmceRowReader.withDefaults().withThreads(threads).accumulate(file);
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - c0) / 1e9;
                System.out.printf(
                        "threads %d: %,d rows, %,d clusters, %.2f s wall = %,.0f rows/s, %.2f CPU-s = %,.0f rows/CPU-s"
                                + " (load %.1f)%n",
                        threads,
                        r.read().rows(),
                        r.read().clusters(),
                        wall,
                        r.read().rows() / wall,
                        cpu,
                        r.read().rows() / cpu,
                        os.getSystemLoadAverage());
            }
        }
    }
}
