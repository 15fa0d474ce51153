package org.moralbase.moralmachine.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.moralbase.dataimport.Gzip;
import org.moralbase.moralmachine.CharacterCounts;
import org.moralbase.moralmachine.CharacterType;

/**
 * General streaming reader of {@code SharedResponses.csv} (plain or gzip) into full {@link ResponseRow}s,
 * for import. All 41 columns are required (in any order; extra columns such as the survey's are ignored).
 * Missing-value rules: see {@link ResponseRow}; the design columns and {@code Saved} must be valid codes,
 * every other integer column is a non-negative integer or empty/{@code NA}.
 */
public final class ResponseRowReader {
    private ResponseRowReader() {}

    /** Reads a file, handing each row to {@code sink}; returns the number of rows. */
    public static long read(Path file, Consumer<? super ResponseRow> sink) throws IOException {
        try (InputStream in = Gzip.open(file)) {
            return read(in, file.getFileName().toString(), sink);
        }
    }

    /** Reads a stream (plain or gzip; not closed), naming it {@code source} in messages. */
    public static long read(InputStream in, String source, Consumer<? super ResponseRow> sink) throws IOException {
        CsvScanner s = MmInput.scanner(in, source);
        Header header = Header.read(s);
        int[] c = header.require(s, SharedResponsesColumns.ALL);
        KnownValues values = new KnownValues();
        int[] counts = new int[CharacterType.values().length];
        long rows = 0;
        while (s.next()) {
            header.checkWidth(s);
            boolean countsPresent = true;
            for (int k = 0; k < counts.length; k++) {
                counts[k] = AmceColumns.count(s, c[21 + k]);
                countsPresent &= counts[k] >= 0;
            }
            sink.accept(new ResponseRow(
                    s.stringOrNull(c[0]),
                    s.stringOrNull(c[1]),
                    s.stringOrNull(c[2]),
                    optional(s, c[3]),
                    AmceColumns.code(s, c[4], 1),
                    AmceColumns.code(s, c[5], 1),
                    AmceColumns.code(s, c[6], 1),
                    AmceColumns.code(s, c[7], 2),
                    values.of(s, c[8]),
                    values.of(s, c[9]),
                    values.of(s, c[10]),
                    values.of(s, c[11]),
                    values.of(s, c[12]),
                    optionalCode(s, c[13]),
                    optional(s, c[14]),
                    optional(s, c[15]),
                    AmceColumns.code(s, c[16], 1),
                    s.stringOrNull(c[17]),
                    optionalCode(s, c[18]),
                    optionalCode(s, c[19]),
                    s.stringOrNull(c[20]),
                    countsPresent ? CharacterCounts.of(counts) : null));
            rows++;
        }
        return rows;
    }

    private static Integer optional(CsvScanner s, int i) throws MalformedResponsesException {
        int v = AmceColumns.count(s, i);
        return v < 0 ? null : v;
    }

    private static Integer optionalCode(CsvScanner s, int i) throws MalformedResponsesException {
        return s.isMissing(i) ? null : AmceColumns.code(s, i, 1);
    }
}
