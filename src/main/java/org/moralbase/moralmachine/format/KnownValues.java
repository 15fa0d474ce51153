package org.moralbase.moralmachine.format;

import java.nio.charset.StandardCharsets;
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
 * with the one or two known values of its length, not with all of them (this lookup was a third of the parse).
 */
final class KnownValues {
    private static final int MAX_CACHED_UNKNOWN = 4096;
    private final byte[][] bytes;
    private final String[] strings;
    private final int[][] byLength; // byte length → indices into bytes/strings
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
        int len = s.end(i) - s.start(i);
        if (len < byLength.length) {
            for (int k : byLength[len]) {
                if (s.equalsBytes(i, bytes[k])) {
                    return strings[k];
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
}
