package org.moralbase.cli.amce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.moralbase.cli.InputException;
import org.moralbase.moralmachine.format.AmceAccumulated;
import org.moralbase.moralmachine.format.AmceReadResult;
import org.moralbase.moralmachine.format.AmceRowReader;
import org.moralbase.moralmachine.format.MalformedResponsesException;
import org.moralbase.stats.amce.AmceAccumulator;

/** Streams a SharedResponses.csv through {@link AmceRowReader} into one {@link AmceAccumulator}, in parallel. */
final class AmceScan {

    private AmceScan() {}

    /** What a scan produced: the sums and what was read. */
    record Scanned(AmceAccumulator accumulator, AmceReadResult read) {}

    /** Scans with one thread per available processor. */
    static Scanned scan(Path file, String clusterColumn) {
        return scan(file, clusterColumn, Runtime.getRuntime().availableProcessors());
    }

    static Scanned scan(Path file, String clusterColumn, int threads) {
        return scan(file, clusterColumn, false, threads);
    }

    /** As {@link #scan(Path, String, int)}; with {@code pairs}, a value's trailing _1 or _2 is not part of the cluster. */
    static Scanned scan(Path file, String clusterColumn, boolean pairs, int threads) {
        return scan(file, clusterColumn, pairs, false, threads);
    }

    /** As {@link #scan(Path, String, boolean, int)}; with {@code dropMissing}, rows whose Saved is NA or empty are left out. */
    static Scanned scan(Path file, String clusterColumn, boolean pairs, boolean dropMissing, int threads) {
        try {
            AmceAccumulated read = AmceRowReader.withDefaults()
                    .withClusterColumn(clusterColumn)
                    .withPairedRows(pairs)
                    .withMissingSavedDropped(dropMissing)
                    .withThreads(threads)
                    .accumulate(file);
            if (read.read().rows() == 0) {
                throw new InputException(file, "expected response rows after the header, found none");
            }
            return new Scanned(read.accumulator(), read.read());
        } catch (MalformedResponsesException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
