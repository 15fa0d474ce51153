package org.moralbase.moralmachine.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.moralbase.moralmachine.Dimension;

/**
 * Maps {@code ScenarioType}, {@code ScenarioTypeStrict} and {@code AttributeLevel} cells to canonical String
 * constants without decoding the known values, so a file of millions of rows holds a handful of Strings.
 * Values are kept as written (Takemoto's {@code Social Value} stays {@code Social Value}); unknown values are
 * decoded once and cached, up to a bound. Known values are looked up by byte length first: a cell is compared
 * with the one or two known values of its length, not with all of them (this lookup was a third of the parse),
 * and a cell of up to 16 bytes is compared as two 8-byte words, not byte by byte.
 */
final class KnownValues {
    private static final int MAX_CACHED_UNKNOWN = 4096;
    private final byte[][] bytes;
    private final String[] strings;
    private final int[][] byLength; // byte length → indices into bytes/strings
    private final long[] heads; // the first 8 bytes of each value (fewer: zero above), little-endian
    private final long[] tails; // the last 8 bytes of a value of 9..16 bytes, else 0
    private final Map<String, String> unknown = new HashMap<>();

    KnownValues() {
        List<String> all = new java.util.ArrayList<>();
        for (Dimension d : Dimension.values()) {
            all.add(d.label());
            all.add(d.baselineLevel());
            if (!all.contains(d.preferredLevel())) {
                all.add(d.preferredLevel());
            }
        }
        all.add(Dimension.TAKEMOTO_SOCIAL_STATUS_LABEL);
        strings = all.toArray(String[]::new);
        bytes = new byte[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            bytes[i] = strings[i].getBytes(StandardCharsets.UTF_8);
        }
        heads = new long[bytes.length];
        tails = new long[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int len = bytes[i].length;
            if (len <= 2 * Long.BYTES) {
                byte[] padded = Arrays.copyOf(bytes[i], 2 * Long.BYTES);
                heads[i] = head(padded, 0, len);
                tails[i] = tail(padded, len, len);
            }
        }
        int longest = 0;
        for (byte[] b : bytes) {
            longest = Math.max(longest, b.length);
        }
        byLength = new int[longest + 1][];
        for (int len = 0; len <= longest; len++) {
            final int l = len;
            byLength[len] = IntStream.range(0, bytes.length)
                    .filter(k -> bytes[k].length == l)
                    .toArray();
        }
    }

    /** The canonical string of field {@code i}, or {@code null} if it is empty or {@code NA}. */
    String of(CsvScanner s, int i) {
        if (s.isMissing(i)) {
            return null;
        }
        int from = s.start(i);
        int len = s.end(i) - from;
        if (len < byLength.length) {
            byte[] b = s.buffer();
            if (len <= 2 * Long.BYTES && from + 2 * Long.BYTES <= b.length) {
                long head = head(b, from, len);
                long tail = tail(b, from + len, len);
                for (int k : byLength[len]) {
                    if (heads[k] == head && tails[k] == tail) {
                        return strings[k];
                    }
                }
            } else {
                for (int k : byLength[len]) {
                    if (s.equalsBytes(i, bytes[k])) {
                        return strings[k];
                    }
                }
            }
        }
        String v = s.string(i);
        String cached = unknown.get(v);
        if (cached != null) {
            return cached;
        }
        if (unknown.size() < MAX_CACHED_UNKNOWN) {
            unknown.put(v, v);
        }
        return v;
    }

    /** The first min(len, 8) bytes from {@code from} as a little-endian long, zero above (b holds 8 from there). */
    private static long head(byte[] b, int from, int len) {
        long w = PlainRecordScan.word(b, from);
        return len >= Long.BYTES ? w : w & ((1L << (8 * len)) - 1);
    }

    /** The 8 bytes before {@code end} when the value has 9..16 bytes, else 0. */
    private static long tail(byte[] b, int end, int len) {
        return len > Long.BYTES ? PlainRecordScan.word(b, end - Long.BYTES) : 0;
    }
}
