package org.moralbase.moralmachine.format;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.moralmachine.Dimension;

/**
 * Maps {@code ScenarioType}, {@code ScenarioTypeStrict} and {@code AttributeLevel} cells to canonical String
 * constants without decoding the known values, so a file of millions of rows holds a handful of Strings.
 * Values are kept as written (Takemoto's {@code Social Value} stays {@code Social Value}); unknown values are
 * decoded once and cached, up to a bound.
 */
final class KnownValues {
    private static final int MAX_CACHED_UNKNOWN = 4096;
    private final byte[][] bytes;
    private final String[] strings;
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
    }

    /** The canonical string of field {@code i}, or {@code null} if it is empty or {@code NA}. */
    String of(CsvScanner s, int i) {
        if (s.isMissing(i)) {
            return null;
        }
        for (int k = 0; k < bytes.length; k++) {
            if (s.equalsBytes(i, bytes[k])) {
                return strings[k];
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
