package org.moralbase.moralmachine.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte-level RFC 4180 record scanner: finds field boundaries in a reusable buffer without allocating per
 * field, so callers decode only the columns they need. Records end at LF or CRLF; quoted fields may hold
 * commas, doubled quotes and line breaks. Blank lines are skipped. A record longer than the buffer grows it,
 * up to an optional bound ({@link #maxRecordBytes}). Tracks byte offsets in the stream, so a caller can read
 * a file in chunks that start and end at record boundaries ({@link ChunkedAmceScan}).
 *
 * <p>Speed: a record without a quote character (nearly every record of a {@code SharedResponses.csv}) is scanned
 * eight bytes at a time ({@link PlainRecordScan}); any other record goes to the byte-by-byte RFC 4180 loop here.
 */
final class CsvScanner implements Closeable {
    /** Returned by {@link #nonNegativeInt} for {@code NA} or an empty field. */
    static final int MISSING = -1;
    /** Returned by {@link #nonNegativeInt} for anything that is not a non-negative integer. */
    static final int INVALID = -2;

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private final String source;
    private byte[] buf;
    private long base; // stream offset of buf[0]
    private long recordStart;
    private int maxRecordBytes = Integer.MAX_VALUE;
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;
    private long recordLine;
    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] escaped = new boolean[64];
    private boolean[] quoted = new boolean[64];
    private boolean plain; // the current record was scanned word-at-a-time: no field is quoted or escaped
    private boolean wordAtATime = true;
    private int keep = Integer.MAX_VALUE;
    private String[] names = new String[0];
    private int failedField;

    CsvScanner(InputStream in, String source) {
        this(in, source, 1 << 20);
    }

    /** A scanner whose buffer starts at {@code bufferBytes} (tests use a few bytes to cross its end often). */
    CsvScanner(InputStream in, String source, int bufferBytes) {
        this.in = in;
        this.source = source;
        this.buf = new byte[bufferBytes];
    }

    /** Turns the word-at-a-time path off, so tests can hold it against the byte loop alone. */
    void wordAtATime(boolean on) {
        wordAtATime = on;
    }

    /**
     * Records the bounds of only the first {@code fields} fields of each record; the others are counted ({@link
     * #fieldCount()} stays exact) but are not to be read: a caller that needs a few leading columns of a wide file
     * skips most of its commas.
     */
    void keepFields(int fields) {
        if (fields < 1) {
            throw new IllegalArgumentException("keep at least one field, not " + fields);
        }
        keep = fields;
    }

    /** The file name for messages. */
    String source() {
        return source;
    }

    /** The line on which the current record starts. */
    long line() {
        return recordLine;
    }

    /** Lines consumed so far (the header's lines after reading it; a chunk's lines after reading it all). */
    long linesRead() {
        return nextLine - 1;
    }

    /** Stream offset of the byte after the last record returned (blank lines after it not yet skipped). */
    long offset() {
        return base + pos;
    }

    /** Stream offset at which the current record starts. */
    long recordStart() {
        return recordStart;
    }

    /** Refuses records longer than this ({@link RecordTooLongException}): a guard for guessed chunk starts. */
    void maxRecordBytes(int bytes) {
        maxRecordBytes = bytes;
    }

    /** The number of fields of the current record. */
    int fieldCount() {
        return count;
    }

    /** Sets the column names (from the header) used in error messages. */
    void columnNames(String[] header) {
        names = header.clone();
    }

    /** The name of column {@code i}, or {@code null} if unknown (header not read, or extra field). */
    String columnName(int i) {
        return i < names.length ? names[i] : null;
    }

    /** Advances to the next non-blank record; false at end of input. */
    boolean next() throws IOException {
        while (true) {
            recordStart = base + pos;
            // An empty buffer (a chunk's start) takes the same branch as a record running past its end: a branch
            // of its own, taken once per chunk, was unseen when the JIT compiled this and undid that compilation.
            int end = scan(pos);
            if (end == -1) { // record runs past the buffer: keep it, read more, scan again
                if (fill(pos)) {
                    continue;
                }
                if (pos >= limit) {
                    return false;
                }
                end = scanAtEof();
            }
            pos = end;
            if (count == 1 && starts[0] == ends[0] && (plain || !quoted[0])) {
                continue; // blank line
            }
            return true;
        }
    }

    /** Scans one record from {@code p}; returns the position after it, or -1 if the buffer ran out. */
    private int scan(int p) throws MalformedResponsesException {
        long found = wordAtATime ? PlainRecordScan.scan(buf, p, limit, starts, ends, keep) : PlainRecordScan.SLOW;
        if (found != PlainRecordScan.SLOW) {
            plain = true;
            return finish(PlainRecordScan.fields(found), 0, PlainRecordScan.end(found));
        }
        plain = false;
        return scanQuoted(p);
    }

    /** The RFC 4180 byte loop: quoted fields, doubled quotes, line breaks inside quotes; -1 if the buffer ran out. */
    private int scanQuoted(int p) throws MalformedResponsesException {
        int lines = 0;
        int n = 0;
        final byte[] b = buf;
        final int lim = limit;
        while (true) {
            failedField = n;
            if (p >= lim) {
                return -1;
            }
            ensureFields(n + 1);
            if (b[p] == QUOTE) {
                int s = ++p;
                boolean esc = false;
                while (true) {
                    if (p >= lim) {
                        return -1;
                    }
                    byte c = b[p];
                    if (c == QUOTE) {
                        if (p + 1 >= lim) {
                            return -1; // cannot tell "" from the closing quote yet
                        }
                        if (b[p + 1] == QUOTE) {
                            esc = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == LF) {
                        lines++;
                    }
                    p++;
                }
                starts[n] = s;
                ends[n] = p;
                escaped[n] = esc;
                quoted[n] = true;
                n++;
                p++; // closing quote
                if (p >= lim) {
                    return -1;
                }
                byte c = b[p];
                if (c == COMMA) {
                    p++;
                    continue;
                }
                int after = PlainRecordScan.endOfRecord(b, p, lim);
                if (after == -2) {
                    throw new MalformedResponsesException(
                            source,
                            nextLine + lines,
                            columnName(n - 1),
                            "expected ',' or end of line after a closing quote, found '" + (char) c + "'");
                }
                if (after == -1) {
                    return -1;
                }
                return finish(n, lines, after);
            }
            int s = p;
            byte c = 0;
            while (p < lim && (c = b[p]) != COMMA && c != LF && c != CR) {
                p++;
            }
            if (p >= lim) {
                return -1;
            }
            starts[n] = s;
            ends[n] = p;
            escaped[n] = false;
            quoted[n] = false;
            n++;
            if (c == COMMA) {
                p++;
                continue;
            }
            int after = PlainRecordScan.endOfRecord(b, p, lim);
            if (after < 0) {
                return -1;
            }
            return finish(n, lines, after);
        }
    }

    private int finish(int n, int quotedLines, int after) {
        count = n;
        recordLine = nextLine;
        nextLine += quotedLines + 1;
        return after;
    }

    /** At end of input the last record may lack its line break; append one and scan again. */
    private int scanAtEof() throws IOException {
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length + 1);
        }
        buf[limit++] = LF;
        int end = scan(pos);
        if (end == -1) {
            throw new MalformedResponsesException(
                    source,
                    nextLine,
                    columnName(failedField),
                    "unexpected end of file inside a quoted field (missing closing quote)");
        }
        return end;
    }

    /** Moves the bytes from {@code keep} to the front and reads more; false if nothing more came. */
    private boolean fill(int keep) throws IOException {
        if (eof) {
            return false;
        }
        int kept = limit - keep;
        if (kept == buf.length) {
            if (kept >= maxRecordBytes) {
                throw new RecordTooLongException(source, maxRecordBytes);
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, kept);
        }
        base += keep;
        pos = 0;
        limit = kept;
        int r = in.read(buf, limit, buf.length - limit);
        if (r <= 0) {
            eof = true;
            return false;
        }
        limit += r;
        return true;
    }

    private void ensureFields(int n) {
        if (n > starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
            escaped = Arrays.copyOf(escaped, n * 2);
            quoted = Arrays.copyOf(quoted, n * 2);
        }
    }

    /** True if field {@code i} is empty or {@code NA}. */
    boolean isMissing(int i) {
        int s = starts[i];
        int len = ends[i] - s;
        return len == 0 || (len == 2 && buf[s] == 'N' && buf[s + 1] == 'A');
    }

    /**
     * Field {@code i} as a non-negative integer; a trailing {@code .0…} is accepted (files written from
     * floating-point columns). {@link #MISSING} for empty or {@code NA}, {@link #INVALID} otherwise.
     */
    int nonNegativeInt(int i) {
        int p = starts[i];
        int e = ends[i];
        if (e - p == 1) { // nearly every code and count is one digit
            int digit = buf[p] - '0';
            return digit >= 0 && digit <= 9 ? digit : INVALID;
        }
        if (isMissing(i)) {
            return MISSING;
        }
        long v = 0;
        int digits = 0;
        while (p < e && buf[p] >= '0' && buf[p] <= '9') {
            v = v * 10 + (buf[p++] - '0');
            if (++digits > 9) {
                return INVALID;
            }
        }
        if (digits == 0) {
            return INVALID;
        }
        if (p < e && buf[p] == '.') {
            for (p++; p < e; p++) {
                if (buf[p] != '0') {
                    return INVALID;
                }
            }
        }
        return p == e ? (int) v : INVALID;
    }

    /** True if field {@code i} holds exactly these bytes (quoted fields with doubled quotes never match). */
    boolean equalsBytes(int i, byte[] value) {
        int s = starts[i];
        if (ends[i] - s != value.length || (!plain && escaped[i])) {
            return false;
        }
        for (int k = 0; k < value.length; k++) { // values are a few bytes: a plain loop beats Arrays.equals' set-up
            if (buf[s + k] != value[k]) {
                return false;
            }
        }
        return true;
    }

    /** Field {@code i} decoded as UTF-8, doubled quotes undone. */
    String string(int i) {
        String raw = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return !plain && escaped[i] ? raw.replace("\"\"", "\"") : raw;
    }

    /** Field {@code i} as a string, or {@code null} if it is empty or {@code NA}. */
    String stringOrNull(int i) {
        return isMissing(i) ? null : string(i);
    }

    /** The raw buffer, for callers that hash field bytes (read-only use). */
    byte[] buffer() {
        return buf;
    }

    /** Start offset of field {@code i} in {@link #buffer()}. */
    int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of field {@code i} in {@link #buffer()}. */
    int end(int i) {
        return ends[i];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
