package org.moralbase.moralmachine.format;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.simulation.SimulatedRespondents;

/**
 * Manual benchmark (not a test): writes a simulated plain SharedResponses.csv and times {@link AmceRowReader}
 * and {@link ResponseRowReader} on it. Run with {@code java -cp target/classes:target/test-classes …}.
 */
public final class AmceRowReaderThroughput {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private AmceRowReaderThroughput() {}

    /** Args: [scenarios (default 2,000,000)]. */
    public static void main(String[] args) throws Exception {
        int scenarios = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path file = Files.createTempFile("throughput", ".csv");
        try {
            SimulatedRespondents.generate(scenarios, 1, GeneratorMode.AWAD, null, file);
            System.out.printf("file: %,d bytes, %,d rows%n", Files.size(file), 2L * scenarios);
            long[] sink = new long[1];
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                AmceReadResult r = AmceRowReader.withDefaults().read(file, row -> sink[0] += row.saved());
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
                System.out.printf(
                        "AmceRowReader: %,d rows, %.3f s wall = %,.0f rows/s, %.3f s CPU = %,.0f rows/s%n",
                        r.rows(), s, r.rows() / s, cpu, r.rows() / cpu);
            }
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                long n = ResponseRowReader.read(file, row -> sink[0] += row.saved());
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("ResponseRowReader: %,d rows in %.3f s = %,.0f rows/s%n", n, s, n / s);
            }
        } finally {
            Files.delete(file);
        }
    }
}
