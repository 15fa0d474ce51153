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
        int n = 0;
        int fieldStart = p;
        for (; p + Long.BYTES <= lim; p += Long.BYTES) {
            long w = (long) WORD.get(b, p);
            for (long m = bytesEqual(w, COMMAS) | bytesEqual(w, QUOTES) | bytesEqual(w, LFS) | bytesEqual(w, CRS);
                    m != 0;
                    m &= m - 1) {
                int at = p + (Long.numberOfTrailingZeros(m) >>> 3);
                byte c = b[at];
                if (c == '"' || n == starts.length) {
                    return SLOW; // the byte loop reads quotes and grows the arrays
                }
                starts[n] = fieldStart;
                ends[n] = at;
                n++;
                if (c != ',') { // a line break ends the record
                    int after = CsvScanner.endOfRecord(b, at, lim);
                    return after < 0 ? SLOW : ((long) n << 32) | after;
                }
                fieldStart = at + 1;
            }
        }
        return SLOW;
    }

    /** The field count of a {@link #scan} result. */
    static int fields(long found) {
        return (int) (found >>> 32);
    }

    /** The position after the record of a {@link #scan} result. */
    static int end(long found) {
        return (int) found;
    }

    /** A word with the high bit set in exactly the bytes of {@code w} equal to the byte repeated in {@code pattern}. */
    private static long bytesEqual(long w, long pattern) {
        long x = w ^ pattern; // equal bytes become 0
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
