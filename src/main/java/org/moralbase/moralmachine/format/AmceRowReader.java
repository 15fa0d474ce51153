package org.moralbase.moralmachine.format;

import static org.moralbase.moralmachine.format.SharedResponsesColumns.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.moralbase.stats.amce.AmceRow;

/**
 * Fast streaming reader of {@code SharedResponses.csv} (plain or gzip) into {@link AmceRow}s (methods §2).
 * Header-driven: column order is free and extra columns are ignored, but every record must have the header's
 * number of fields. Only the needed columns are parsed, byte by byte; nothing but the cluster dictionary
 * grows with the file. Immutable; {@link #withClusterColumn} chooses the clustering unit.
 *
 * <p>Value rules: {@code Intervention}, {@code PedPed}, {@code Barrier}, {@code Saved} must be 0 or 1 and
 * {@code CrossingSignal} 0, 1 or 2 ({@code 1.0}-style values are accepted); {@code ScenarioType},
 * {@code ScenarioTypeStrict}, {@code AttributeLevel} that are empty or {@code NA} become {@code null} (such
 * rows match no attribute subset); an empty or {@code NA} {@code DiffNumberOFCharacters} becomes −1. The
 * cluster id is dense per distinct raw cell text in order of first appearance; all empty cells form one
 * cluster and all {@code NA} cells another.
 */
public final class AmceRowReader {
    private static final List<String> REQUIRED = List.of(
            INTERVENTION,
            PED_PED,
            BARRIER,
            CROSSING_SIGNAL,
            SCENARIO_TYPE,
            SCENARIO_TYPE_STRICT,
            ATTRIBUTE_LEVEL,
            DIFF_NUMBER_OF_CHARACTERS,
            SAVED);

    private final String clusterColumn;

    private AmceRowReader(String clusterColumn) {
        this.clusterColumn = Objects.requireNonNull(clusterColumn, "clusterColumn");
    }

    /** A reader clustering on {@code UserID} (the respondent, Awad's choice for human data). */
    public static AmceRowReader withDefaults() {
        return new AmceRowReader(USER_ID);
    }

    /** A copy clustering on this column, e.g. {@code ResponseID} to cluster a model's rows by scenario. */
    public AmceRowReader withClusterColumn(String column) {
        return new AmceRowReader(column);
    }

    /** The cluster column. */
    public String clusterColumn() {
        return clusterColumn;
    }

    /** Reads a file, handing each row to {@code sink} in file order. */
    public AmceReadResult read(Path file, Consumer<? super AmceRow> sink) throws IOException {
        try (InputStream in = Inputs.open(file)) {
            return read(in, file.getFileName().toString(), sink);
        }
    }

    /** Reads a stream (plain or gzip; not closed), naming it {@code source} in error messages. */
    public AmceReadResult read(InputStream in, String source, Consumer<? super AmceRow> sink) throws IOException {
        CsvScanner s = new CsvScanner(Inputs.decompressIfGzip(in), source);
        Header header = Header.read(s);
        int[] c = header.require(s, REQUIRED);
        int cluster = header.require(s, List.of(clusterColumn))[0];
        KnownValues values = new KnownValues();
        ClusterDictionary clusters = new ClusterDictionary();
        long rows = 0;
        while (s.next()) {
            header.checkWidth(s);
            AmceRow row = new AmceRow(
                    code(s, c[0], 1),
                    code(s, c[2], 1),
                    code(s, c[1], 1),
                    code(s, c[3], 2),
                    values.of(s, c[4]),
                    values.of(s, c[5]),
                    values.of(s, c[6]),
                    count(s, c[7]),
                    code(s, c[8], 1),
                    clusters.idOf(s.buffer(), s.start(cluster), s.end(cluster)));
            sink.accept(row);
            rows++;
        }
        return new AmceReadResult(rows, clusters.size());
    }

    /** A code 0..max. */
    static int code(CsvScanner s, int i, int max) throws MalformedResponsesException {
        int v = s.nonNegativeInt(i);
        if (v < 0 || v > max) {
            throw new MalformedResponsesException(
                    s.source(),
                    s.line(),
                    s.columnName(i),
                    "expected " + (max == 1 ? "0 or 1" : "0, 1 or 2") + ", found '" + shown(s, i) + "'");
        }
        return v;
    }

    /** A non-negative count, or −1 if missing. */
    static int count(CsvScanner s, int i) throws MalformedResponsesException {
        int v = s.nonNegativeInt(i);
        if (v == CsvScanner.INVALID) {
            throw new MalformedResponsesException(
                    s.source(),
                    s.line(),
                    s.columnName(i),
                    "expected a non-negative integer or NA, found '" + shown(s, i) + "'");
        }
        return v;
    }

    /** The cell as shown in messages, cut at 40 characters. */
    static String shown(CsvScanner s, int i) {
        String v = s.string(i);
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
