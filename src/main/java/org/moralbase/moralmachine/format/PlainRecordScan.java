package org.moralbase.moralmachine.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * {@link CsvScanner}'s fast path: one record without quote characters, found eight bytes at a time. Each 8-byte word
 * becomes a mask of its comma, quote and line-break bytes, and only those bytes are visited. A record holding a quote,
 * one with more fields than the arrays hold, or one reaching the end of the buffer before its line break is certain is
 * left to the scanner's RFC 4180 byte loop, which decides every case this one leaves ({@code CsvScannerTest} holds
 * the two against each other).
 */
final class PlainRecordScan {
    /** The record is left to the byte loop. */
    static final long SLOW = -1;

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

    private PlainRecordScan() {}

    /**
     * Scans the record at {@code p} in {@code b[.., lim)}, writing its fields' bounds to {@code starts} and {@code
     * ends}; returns the field count and the position after the record packed in one long ({@link #fields}, {@link
     * #end}), or {@link #SLOW}.
     */
    static long scan(byte[] b, int p, int lim, int[] starts, int[] ends) {
        return scan(b, p, lim, starts, ends, Integer.MAX_VALUE);
    }

    /**
     * As {@link #scan(byte[], int, int, int[], int[])}, but only the first {@code keep} fields' bounds are written;
     * the fields after them are only counted, a whole word's commas at once (a reader that needs the first 17 of 41
     * columns skips most of a record's commas).
     */
    static long scan(byte[] b, int p, int lim, int[] starts, int[] ends, int keep) {
        int n = 0;
        int fieldStart = p;
        for (; p + Long.BYTES <= lim; p += Long.BYTES) {
            long w = (long) WORD.get(b, p);
            long commas = bytesEqual(w, COMMAS);
            long stops = bytesEqual(w, QUOTES) | bytesEqual(w, LFS) | bytesEqual(w, CRS);
            if (n >= keep) {
                if (stops == 0) {
                    n += Long.bitCount(commas);
                    continue;
                }
                return counted(b, p, lim, n, commas, stops);
            }
            for (long m = commas | stops; m != 0; m &= m - 1) {
                int at = p + (Long.numberOfTrailingZeros(m) >>> 3);
                if (n == starts.length) {
                    return SLOW; // the byte loop grows the arrays
                }
                starts[n] = fieldStart;
                ends[n] = at;
                n++;
                if ((commas & m & -m) == 0) { // a quote (the byte loop reads it) or a line break (the record ends)
                    if (b[at] == '"') {
                        return SLOW;
                    }
                    int after = endOfRecord(b, at, lim);
                    return after < 0 ? SLOW : ((long) n << 32) | after;
                }
                fieldStart = at + 1;
                if (n == keep) { // count the rest of this word's fields, then whole words
                    long rest = m & (m - 1);
                    if ((rest & stops) != 0) {
                        return counted(b, p, lim, n, rest & commas, rest & stops);
                    }
                    n += Long.bitCount(rest & commas);
                    break;
                }
            }
        }
        return SLOW;
    }

    /**
     * The end of a record whose kept fields are done, in the word at {@code p} holding its first quote or line
     * break ({@code stops}): {@code n} fields so far, plus the commas before that byte, plus the field it ends.
     */
    private static long counted(byte[] b, int p, int lim, int n, long commas, long stops) {
        long first = stops & -stops;
        int at = p + (Long.numberOfTrailingZeros(first) >>> 3);
        if (b[at] == '"') {
            return SLOW;
        }
        int fields = n + Long.bitCount(commas & (first - 1)) + 1;
        int after = endOfRecord(b, at, lim);
        return after < 0 ? SLOW : ((long) fields << 32) | after;
    }

    /** The field count of a {@link #scan} result. */
    static int fields(long found) {
        return (int) (found >>> 32);
    }

    /** The position after the record of a {@link #scan} result. */
    static int end(long found) {
        return (int) found;
    }

    /** Position after LF or CRLF at {@code p}; -1 if the buffer ends inside CRLF, -2 if neither. */
    static int endOfRecord(byte[] b, int p, int lim) {
        if (b[p] == '\n') {
            return p + 1;
        }
        if (b[p] == '\r') {
            if (p + 1 >= lim) {
                return -1;
            }
            return b[p + 1] == '\n' ? p + 2 : p + 1; // a lone CR also ends the record
        }
        return -2;
    }

    /** The 8 bytes from {@code at} as a little-endian long ({@code b} must hold them). */
    static long word(byte[] b, int at) {
        return (long) WORD.get(b, at);
    }

    /** A word with the high bit set in exactly the bytes of {@code w} equal to the byte repeated in {@code pattern}. */
    private static long bytesEqual(long w, long pattern) {
        long x = w ^ pattern; // equal bytes become 0
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
