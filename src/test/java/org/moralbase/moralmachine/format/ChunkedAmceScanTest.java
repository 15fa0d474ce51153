package org.moralbase.moralmachine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.simulation.SimulatedRespondents;
import org.moralbase.stats.amce.AmceAccumulator;
import org.moralbase.stats.amce.AmceEstimate;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;

/**
 * Parallel reading ({@link AmceRowReader#accumulate} with 1–4 threads and tiny chunks, so a few thousand rows
 * make dozens of chunks) against one sequential {@link AmceRowReader#read} into one accumulator: the same
 * rows, clusters, estimates and SEs (1e-12), the same error message and line.
 */
class ChunkedAmceScanTest {
    private static final double TOL = 1e-12;

    @TempDir
    static Path dir;

    static List<String> generated; // header + 10,000 simulated rows: 1.4 MB, more than a scanner buffer (1 MB)

    @BeforeAll
    static void generate() throws IOException {
        Path file = dir.resolve("generated.csv");
        SimulatedRespondents.generate(5_000, 7, GeneratorMode.AWAD, null, file);
        generated = Files.readAllLines(file);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void aPlainFileReadInChunksGivesTheSequentialResult(int threads) throws IOException {
        Path file = write("plain.csv", generated, "\n");
        for (long chunk : new long[] {3_001, 40_000, 1 << 20}) {
            assertSameAsSequential(file, reader(threads, chunk), "UserID");
            assertSameAsSequential(file, reader(threads, chunk), "ResponseID");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void quotedLineBreaksAcrossChunkBordersAreReadAsOneField(int threads) throws IOException {
        Path file = write("quoted.csv", withComments(generated), "\n");
        // chunk sizes that put guessed starts inside the multi-line comments
        for (long chunk : new long[] {97, 1_009, 4_099}) {
            assertSameAsSequential(file, reader(threads, chunk), "UserID");
        }
    }

    @Test
    void crlfLineEndsAndBlankLinesGiveTheSequentialResult() throws IOException {
        List<String> lines = new ArrayList<>(withComments(generated));
        for (int i = 50; i < lines.size(); i += 97) {
            lines.add(i, "");
        }
        Path file = write("crlf.csv", lines, "\r\n");
        assertSameAsSequential(file, reader(3, 2_003), "UserID");
    }

    @Test
    void aGzipFileReadAheadGivesTheSequentialResult() throws IOException {
        Path file = dir.resolve("quoted.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", withComments(generated)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertSameAsSequential(file, reader(2, 1_000), "UserID");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aBadValueInALateChunkIsReportedWithItsLine(int threads) throws IOException {
        List<String> lines = new ArrayList<>(withComments(generated));
        int bad = lines.size() - 40; // a record near the end
        lines.set(bad, withSaved(lines.get(bad), "7"));
        Path file = write("bad.csv", lines, "\n");
        long line = physicalLine(lines, bad);
        String sequential = sequentialError(file);
        assertThat(sequential).isEqualTo("bad.csv: line " + line + ", column Saved: expected 0 or 1, found '7'");
        assertThatThrownBy(() -> reader(threads, 1_009).accumulate(file))
                .isInstanceOf(MalformedResponsesException.class)
                .hasMessage(sequential);
    }

    @Test
    void ofTwoErrorsTheFirstInTheFileIsReported() throws IOException {
        List<String> lines = new ArrayList<>(withComments(generated));
        int early = 300;
        int late = lines.size() - 3;
        lines.set(early, lines.get(early) + ",extra");
        lines.set(late, withSaved(lines.get(late), "x"));
        Path file = write("two.csv", lines, "\n");
        String sequential = sequentialError(file);
        assertThat(sequential).startsWith("two.csv: line " + physicalLine(lines, early) + ": expected 42 fields");
        assertThatThrownBy(() -> reader(4, 997).accumulate(file)).hasMessage(sequential);
    }

    @Test
    void aMissingColumnAndAFileWithOnlyAHeaderAreHandledLikeTheSequentialReader() throws IOException {
        Path headerOnly = write("header.csv", List.of(generated.getFirst()), "\n");
        AmceAccumulated none = reader(2, 100).accumulate(headerOnly);
        assertThat(none.read()).isEqualTo(new AmceReadResult(0, 0));
        assertThatThrownBy(() -> reader(2, 100).withClusterColumn("Nope").accumulate(headerOnly))
                .hasMessageContaining("missing required column Nope");
        assertThatThrownBy(() -> reader(2, 100).withThreads(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AmceRowReader reader(int threads, long chunk) {
        return AmceRowReader.withDefaults().withThreads(threads).withChunkBytes(chunk);
    }

    /**
     * Adds a last column {@code Comment}: empty on most rows; on some, quoted text with line breaks, doubled
     * quotes right after a break, and lines that look like whole records (a wrongly trusted guess would count
     * them as rows).
     */
    static List<String> withComments(List<String> lines) {
        List<String> out = new ArrayList<>();
        out.add(lines.getFirst() + ",Comment");
        for (int i = 1; i < lines.size(); i++) {
            String comment =
                    switch (i % 11) {
                        case 3 -> "\"first line\nsecond, with a comma\n\"\"quoted\"\" third\"";
                        case 7 -> "\"fake rows:\n" + lines.get(1) + ",fake\n" + lines.get(2) + ",fake\n\"";
                        default -> i % 101 == 0 ? "\"" + "x\n".repeat(300) + "\"" : "Comment-free";
                    };
            out.add(lines.get(i) + "," + comment);
        }
        return out;
    }

    /** The record with its {@code Saved} cell (the 17th) replaced. */
    private static String withSaved(String record, String saved) {
        String[] cells = record.split(",", -1);
        assertThat(generated.getFirst().split(",")[16]).isEqualTo("Saved");
        cells[16] = saved;
        return String.join(",", cells);
    }

    /** The 1-based physical line on which record {@code index} of {@code lines} starts. */
    private static long physicalLine(List<String> lines, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            line += 1 + lines.get(i).chars().filter(c -> c == '\n').count();
        }
        return line;
    }

    private static Path write(String name, List<String> lines, String eol) throws IOException {
        Path file = dir.resolve(name);
        String text = String.join(eol, lines).replace("\n", eol) + eol;
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String sequentialError(Path file) {
        try {
            AmceRowReader.withDefaults().read(file, row -> {});
        } catch (IOException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected " + file + " to be malformed");
    }

    private static void assertSameAsSequential(Path file, AmceRowReader parallel, String clusterColumn)
            throws IOException {
        AmceAccumulator sequential = new AmceAccumulator();
        AmceReadResult read =
                AmceRowReader.withDefaults().withClusterColumn(clusterColumn).read(file, sequential::add);
        AmceAccumulated chunked = parallel.withClusterColumn(clusterColumn).accumulate(file);
        assertThat(chunked.read()).isEqualTo(read);
        assertThat(read.rows()).isEqualTo(generated.size() - 1);
        for (SeType se : SeType.values()) {
            for (CharactersDefinition def : CharactersDefinition.values()) {
                assertSame(chunked.accumulator().result(se, def), sequential.result(se, def));
            }
        }
    }

    private static void assertSame(AmceResult actual, AmceResult expected) {
        List<AmceEstimate> a = new ArrayList<>(actual.estimates());
        a.addAll(actual.strata());
        List<AmceEstimate> e = new ArrayList<>(expected.estimates());
        e.addAll(expected.strata());
        for (int i = 0; i < e.size(); i++) {
            assertThat(a.get(i).rows()).isEqualTo(e.get(i).rows());
            assertThat(a.get(i).clusters()).isEqualTo(e.get(i).clusters());
            assertThat(a.get(i).estimate()).isCloseTo(e.get(i).estimate(), within(TOL));
            assertThat(a.get(i).standardError())
                    .isCloseTo(e.get(i).standardError(), within(TOL * e.get(i).standardError()));
        }
    }
}
