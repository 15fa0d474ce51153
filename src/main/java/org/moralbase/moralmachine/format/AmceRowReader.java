package org.moralbase.moralmachine.format;

import static org.moralbase.moralmachine.format.SharedResponsesColumns.USER_ID;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.moralbase.dataimport.Gzip;
import org.moralbase.stats.amce.AmceAccumulator;
import org.moralbase.stats.amce.AmceRow;

/**
 * Fast streaming reader of {@code SharedResponses.csv} (plain or gzip) into {@link AmceRow}s (methods §2).
 * Header-driven: column order is free and extra columns are ignored, but every record must have the header's
 * number of fields. Only the needed columns are parsed, byte by byte; nothing but the cluster dictionary
 * grows with the file. Immutable; {@link #withClusterColumn} chooses the clustering unit and {@link
 * #withThreads} how many threads {@link #accumulate} uses.
 *
 * <p>Value rules: {@code Intervention}, {@code PedPed}, {@code Barrier}, {@code Saved} must be 0 or 1 and
 * {@code CrossingSignal} 0, 1 or 2 ({@code 1.0}-style values are accepted); {@code ScenarioType},
 * {@code ScenarioTypeStrict}, {@code AttributeLevel} that are empty or {@code NA} become {@code null} (such
 * rows match no attribute subset); an empty or {@code NA} {@code DiffNumberOFCharacters} becomes −1. The
 * cluster id is dense per distinct raw cell text in order of first appearance; all empty cells form one
 * cluster and all {@code NA} cells another.
 */
public final class AmceRowReader {
    private final String clusterColumn;
    private final boolean pairs;
    private final boolean dropMissingSaved;
    private final int threads;
    private final long chunkBytes; // 0 = chosen from the file size

    private AmceRowReader(String clusterColumn, boolean pairs, boolean dropMissingSaved, int threads, long chunkBytes) {
        this.clusterColumn = Objects.requireNonNull(clusterColumn, "clusterColumn");
        this.pairs = pairs;
        this.dropMissingSaved = dropMissingSaved;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
    }

    /** A reader clustering on {@code UserID} (the respondent, Awad's choice for human data), one thread. */
    public static AmceRowReader withDefaults() {
        return new AmceRowReader(USER_ID, false, false, 1, 0);
    }

    /** A copy clustering on this column, e.g. {@code ResponseID} to cluster a model's rows by scenario. */
    public AmceRowReader withClusterColumn(String column) {
        return new AmceRowReader(column, pairs, dropMissingSaved, threads, chunkBytes);
    }

    /**
     * A copy that clusters the two rows of a scenario together: a trailing {@code _1} or {@code _2} of the cluster
     * value is dropped (Takemoto's files give each row its own {@code ResponseID}, {@code res_00000000_1} / {@code _2}).
     */
    public AmceRowReader withPairedRows(boolean paired) {
        return new AmceRowReader(clusterColumn, paired, dropMissingSaved, threads, chunkBytes);
    }

    /**
     * A copy that leaves out rows whose {@code Saved} is empty or {@code NA}, counting them
     * ({@link AmceReadResult#droppedMissingSaved}), as R's {@code lm} drops them; otherwise they are an error.
     */
    public AmceRowReader withMissingSavedDropped(boolean drop) {
        return new AmceRowReader(clusterColumn, pairs, drop, threads, chunkBytes);
    }

    /**
     * A copy whose {@link #accumulate} uses this many threads: plain files are parsed in chunks in parallel
     * ({@link ChunkedAmceScan}), gzip files are inflated on one thread while another parses.
     *
     * @throws IllegalArgumentException if threads is not positive
     */
    public AmceRowReader withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return new AmceRowReader(clusterColumn, pairs, dropMissingSaved, threads, chunkBytes);
    }

    /** A copy cutting plain files into chunks of about this many bytes (tests use tiny chunks). */
    AmceRowReader withChunkBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("chunk bytes must be positive, got " + bytes);
        }
        return new AmceRowReader(clusterColumn, pairs, dropMissingSaved, threads, bytes);
    }

    /** The cluster column. */
    public String clusterColumn() {
        return clusterColumn;
    }

    /** Reads a file on the calling thread, handing each row to {@code sink} in file order. */
    public AmceReadResult read(Path file, Consumer<? super AmceRow> sink) throws IOException {
        try (InputStream in = Gzip.open(file)) {
            return read(in, file.getFileName().toString(), sink);
        }
    }

    /** Reads a stream (plain or gzip; not closed), naming it {@code source} in error messages. */
    public AmceReadResult read(InputStream in, String source, Consumer<? super AmceRow> sink) throws IOException {
        CsvScanner s = MmInput.scanner(in, source);
        AmceColumns columns = AmceColumns.read(s, clusterColumn, pairs, dropMissingSaved);
        columns.keepNeeded(s);
        ClusterDictionary clusters = new ClusterDictionary();
        long rows = 0;
        long dropped = 0;
        while (s.next()) {
            if (columns.dropped(s)) {
                dropped++;
                continue;
            }
            sink.accept(columns.row(s, clusters));
            rows++;
        }
        return new AmceReadResult(rows, clusters.size(), dropped);
    }

    /**
     * Reads a file into one {@link AmceAccumulator} with {@link #withThreads} threads. The result is that of
     * {@link #read} into one accumulator (same rows, clusters and cluster ids; sums equal up to summation
     * order); a malformed file throws the error {@link #read} would throw, with the same line.
     */
    public AmceAccumulated accumulate(Path file) throws IOException {
        String source = file.getFileName().toString();
        boolean gzip = Gzip.isGzip(file);
        if ((threads > 1 || chunkBytes > 0) && !gzip) { // one thread with set chunks: tests of the chunking
            return ChunkedAmceScan.run(file, source, clusterColumn, pairs, dropMissingSaved, threads, chunkBytes);
        }
        AmceAccumulator accumulator = new AmceAccumulator();
        // inflating is sequential: with a second thread it at least overlaps with parsing
        try (InputStream in = threads > 1 ? new ReadAheadInputStream(Gzip.open(file)) : Gzip.open(file)) {
            AmceReadResult read = read(in, source, accumulator::add);
            return new AmceAccumulated(accumulator, read);
        }
    }
}
