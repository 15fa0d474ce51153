package org.moralbase.moralmachine.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.moralbase.stats.amce.AmceAccumulator;

/**
 * Reads a plain {@code SharedResponses.csv} on several threads: the file is cut into byte chunks, each parsed
 * into its own accumulator and cluster dictionary, and the parts are merged in file order.
 *
 * <p>Chunk starts are guessed, then checked. A chunk's start is guessed as the first line start after its
 * nominal offset, which is wrong only when a quoted field holding a line break crosses that offset. A chunk
 * reads every record that starts before the next chunk's guessed start (the last one may run past it), so it
 * knows where its last record really ends. Parts are merged in order; when a chunk's true start (the end of
 * the chunk before) differs from its guess, its part is thrown away and the chunk is parsed again from the
 * true start. So the rows read are exactly those of one sequential pass, whatever the quoting. A chunk from a
 * guessed start refuses records over {@link #GUESS_MAX_RECORD} bytes (a wrong guess could otherwise read the
 * rest of the file as one quoted field); if the guess was right, it is parsed again without the bound.
 *
 * <p>Cluster ids: each part numbers its clusters from 0; merging adds its keys to one dictionary in file
 * order, so the ids equal those of a sequential pass, and renumbers the part's sums ({@link
 * AmceAccumulator#merge(AmceAccumulator, long[])}). Errors: a part's error counts only once its start is
 * confirmed, and its line (counted from the chunk's first line) is moved down by the lines of all chunks
 * before, so the first error in the file is reported with its line, as a sequential pass would. Memory: at
 * most {@code 2 × threads} parts are in flight. Why this design: docs/decisions/0007-parallel-amce-reading.md.
 */
final class ChunkedAmceScan {
    static final int GUESS_MAX_RECORD = 16 << 20;
    private static final long MIN_CHUNK = 1 << 20;
    private static final long MAX_CHUNK = 32 << 20;

    /** Records starting at or after {@code start} and before {@code stop}; {@code guessed} if start is a guess. */
    private record Chunk(long start, long stop, boolean guessed) {}

    /** A parsed chunk: its sums, or the error that ended it; {@code end} = where the next record starts. */
    private record Part(
            AmceAccumulator sums,
            ClusterDictionary clusters,
            long rows,
            long dropped,
            long lines,
            long end,
            IOException error) {}

    private final Path file;
    private final String source;
    private final AmceColumns columns;
    private final long size;
    private final Queue<AmceAccumulator> spareSums = new ConcurrentLinkedQueue<>();
    private final Queue<ClusterDictionary> spareClusters = new ConcurrentLinkedQueue<>();

    private ChunkedAmceScan(Path file, String source, AmceColumns columns, long size) {
        this.file = file;
        this.source = source;
        this.columns = columns;
        this.size = size;
    }

    /** Reads the plain file with {@code threads} workers, in chunks of about {@code chunkBytes} (0 = auto). */
    static AmceAccumulated run(
            Path file,
            String source,
            String clusterColumn,
            boolean pairs,
            boolean dropMissingSaved,
            int threads,
            long chunkBytes)
            throws IOException {
        long dataStart;
        long headerLines;
        AmceColumns columns;
        try (InputStream in = Files.newInputStream(file)) {
            CsvScanner s = new CsvScanner(in, source);
            columns = AmceColumns.read(s, clusterColumn, pairs, dropMissingSaved);
            dataStart = s.offset();
            headerLines = s.linesRead();
        }
        long size = Files.size(file);
        long chunk =
                chunkBytes > 0 ? chunkBytes : Math.clamp((size - dataStart) / (8L * threads), MIN_CHUNK, MAX_CHUNK);
        ChunkedAmceScan scan = new ChunkedAmceScan(file, source, columns, size);
        return scan.merge(scan.plan(dataStart, chunk), headerLines, threads);
    }

    /** Cuts [dataStart, size) at the first line start after every multiple of {@code chunk}. */
    private List<Chunk> plan(long dataStart, long chunk) throws IOException {
        List<Long> starts = new ArrayList<>(List.of(dataStart));
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            for (long nominal = dataStart + chunk; nominal < size; nominal += chunk) {
                long start = lineStartAtOrAfter(ch, Math.max(nominal, starts.getLast() + 1));
                if (start < size) {
                    starts.add(start);
                }
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long stop = i + 1 < starts.size() ? starts.get(i + 1) : size;
            chunks.add(new Chunk(starts.get(i), stop, i > 0));
        }
        return chunks;
    }

    /** The first offset p ≥ from whose previous byte is a line feed, or the file size. */
    private long lineStartAtOrAfter(SeekableByteChannel ch, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long p = from - 1;
        ch.position(p);
        while (true) {
            buf.clear();
            int n = ch.read(buf);
            if (n <= 0) {
                return size;
            }
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    return p + i + 1;
                }
            }
            p += n;
        }
    }

    private AmceAccumulated merge(List<Chunk> chunks, long headerLines, int threads) throws IOException {
        int window = 2 * threads; // parts in flight: bounds memory whatever the file size
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().daemon().name("moralbase-amce-", 0).factory());
        try {
            List<Future<Part>> parts = new ArrayList<>();
            for (int i = 0; i < Math.min(window, chunks.size()); i++) {
                parts.add(submit(pool, chunks.get(i)));
            }
            AmceAccumulator total = new AmceAccumulator();
            ClusterDictionary clusters = new ClusterDictionary();
            long rows = 0;
            long dropped = 0;
            long linesBefore = headerLines;
            long trueStart = chunks.getFirst().start();
            for (int i = 0; i < chunks.size(); i++) {
                Part part = await(parts.get(i));
                parts.set(i, null);
                if (i + window < chunks.size()) {
                    parts.add(submit(pool, chunks.get(i + window)));
                }
                Chunk c = chunks.get(i);
                if (trueStart != c.start() || part.error() instanceof RecordTooLongException) {
                    // a quoted line break crossed the guessed start (or a long record hit the guard): redo
                    part = parse(new Chunk(trueStart, c.stop(), false));
                }
                if (part.error() instanceof MalformedResponsesException e) {
                    throw e.movedDown(linesBefore);
                }
                if (part.error() != null) {
                    throw part.error();
                }
                total.merge(part.sums(), clusters.addAll(part.clusters()));
                spare(part);
                rows += part.rows();
                dropped += part.dropped();
                linesBefore += part.lines();
                trueStart = part.end();
            }
            return new AmceAccumulated(total, new AmceReadResult(rows, clusters.size(), dropped));
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<Part> submit(ExecutorService pool, Chunk c) {
        return pool.submit(() -> parse(c));
    }

    private static Part await(Future<Part> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading chunks");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException re -> throw re;
                case Error err -> throw err; // e.g. out of memory: the CLI explains it
                default -> throw new UncheckedIOException(new IOException(e.getCause()));
            }
        }
    }

    /** Gives a merged part's accumulator and dictionary to a later chunk, emptied: they keep the room they grew. */
    private void spare(Part part) {
        part.sums().clear();
        part.clusters().clear();
        spareSums.add(part.sums());
        spareClusters.add(part.clusters());
    }

    /** Parses one chunk; a format error ends it and is returned, not thrown (it may stem from a bad guess). */
    private Part parse(Chunk c) {
        AmceAccumulator spareSum = spareSums.poll();
        ClusterDictionary spareDictionary = spareClusters.poll();
        AmceAccumulator sums = spareSum != null ? spareSum : new AmceAccumulator();
        ClusterDictionary clusters = spareDictionary != null ? spareDictionary : new ClusterDictionary();
        AmceColumns cols = columns.copy();
        long rows = 0;
        long dropped = 0;
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            ch.position(c.start());
            CsvScanner s = new CsvScanner(Channels.newInputStream(ch), source);
            cols.header().nameColumns(s);
            cols.keepNeeded(s);
            if (c.guessed()) {
                s.maxRecordBytes(GUESS_MAX_RECORD);
            }
            long stop = c.stop() - c.start();
            while (s.next()) {
                if (s.recordStart() >= stop) {
                    return new Part(sums, clusters, rows, dropped, s.line() - 1, c.start() + s.recordStart(), null);
                }
                if (cols.dropped(s)) {
                    dropped++;
                    continue;
                }
                sums.add(cols.row(s, clusters));
                rows++;
            }
            return new Part(sums, clusters, rows, dropped, s.linesRead(), size, null);
        } catch (IOException e) {
            return new Part(null, null, rows, dropped, 0, -1, e);
        }
    }
}
