package org.moralbase.moralmachine.format;

import static org.moralbase.moralmachine.format.SharedResponsesColumns.*;

import java.io.IOException;
import java.util.List;
import org.moralbase.stats.amce.AmceRow;

/**
 * The header of a {@code SharedResponses.csv} resolved to the columns an {@link AmceRow} needs, and the
 * decoding of one record into a row (value rules in {@link AmceRowReader}). Holds a cache of decoded values,
 * so each thread uses its own {@link #copy()}.
 */
final class AmceColumns {
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

    private final Header header;
    private final int[] c;
    private final int cluster;
    private final boolean pairs;
    private final boolean dropMissingSaved;
    private final KnownValues values = new KnownValues();

    private AmceColumns(Header header, int[] c, int cluster, boolean pairs, boolean dropMissingSaved) {
        this.header = header;
        this.c = c;
        this.cluster = cluster;
        this.pairs = pairs;
        this.dropMissingSaved = dropMissingSaved;
    }

    /**
     * Reads the header from {@code s} and finds the required columns and {@code clusterColumn}; with {@code pairs}, a
     * trailing {@code _1} or {@code _2} of the cluster value is not part of the cluster (the two rows of one scenario,
     * as Takemoto's {@code ResponseID} values {@code res_00000000_1} and {@code res_00000000_2} name them).
     */
    static AmceColumns read(CsvScanner s, String clusterColumn, boolean pairs) throws IOException {
        return read(s, clusterColumn, pairs, false);
    }

    /** As {@link #read(CsvScanner, String, boolean)}; with {@code dropMissingSaved}, {@link #row} skips such rows. */
    static AmceColumns read(CsvScanner s, String clusterColumn, boolean pairs, boolean dropMissingSaved)
            throws IOException {
        Header header = Header.read(s);
        int[] c = header.require(s, REQUIRED);
        int cluster = header.require(s, List.of(clusterColumn))[0];
        return new AmceColumns(header, c, cluster, pairs, dropMissingSaved);
    }

    /** The same columns with an empty value cache, for another thread. */
    AmceColumns copy() {
        return new AmceColumns(header, c, cluster, pairs, dropMissingSaved);
    }

    /** Whether the record is to be left out: its Saved is empty or NA and such rows are dropped (as lm does). */
    boolean dropped(CsvScanner s) {
        if (!dropMissingSaved) {
            return false;
        }
        int from = s.start(c[8]);
        int to = s.end(c[8]);
        byte[] b = s.buffer();
        return from == to || (to - from == 2 && b[from] == 'N' && b[from + 1] == 'A');
    }

    /** Where the cluster value ends: before a trailing "_1" or "_2" when rows come in pairs. */
    private int clusterEnd(byte[] b, int from, int to) {
        if (pairs && to - from > 2 && b[to - 2] == '_' && (b[to - 1] == '1' || b[to - 1] == '2')) {
            return to - 2;
        }
        return to;
    }

    /** The header, e.g. to name the columns of a chunk's scanner. */
    Header header() {
        return header;
    }

    /** Lets {@code s} record only the fields up to the last one read here (it still counts them all). */
    void keepNeeded(CsvScanner s) {
        int last = cluster;
        for (int i : c) {
            last = Math.max(last, i);
        }
        s.keepFields(last + 1);
    }

    /** The scanner's current record as a row; its cluster id comes from {@code clusters}. */
    AmceRow row(CsvScanner s, ClusterDictionary clusters) throws MalformedResponsesException {
        header.checkWidth(s);
        return new AmceRow(
                code(s, c[0], 1),
                code(s, c[2], 1),
                code(s, c[1], 1),
                code(s, c[3], 2),
                values.of(s, c[4]),
                values.of(s, c[5]),
                values.of(s, c[6]),
                count(s, c[7]),
                code(s, c[8], 1),
                clusters.idOf(s.buffer(), s.start(cluster), clusterEnd(s.buffer(), s.start(cluster), s.end(cluster))));
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
