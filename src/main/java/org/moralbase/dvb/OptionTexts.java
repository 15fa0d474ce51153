package org.moralbase.dvb;

import java.util.List;

/**
 * Researcher-written option texts for one DVB trial. Training lists hold either one text (reused for every
 * training pair) or exactly N texts.
 *
 * @param v1s1 training texts that express v1 with pole s1 (the chosen side)
 * @param v2s2 training texts that express v2 with pole s2
 * @param v1s2 the test text that expresses v1 with s2 (the deep-value choice)
 * @param v2s1 the test text that expresses v2 with s1 (the shallow choice)
 */
public record OptionTexts(List<String> v1s1, List<String> v2s2, String v1s2, String v2s1) {

    /** Checks every text is present and the training lists have equal length. */
    public OptionTexts {
        v1s1 = List.copyOf(v1s1);
        v2s2 = List.copyOf(v2s2);
        if (v1s1.isEmpty() || v1s1.size() != v2s2.size()) {
            throw new IllegalArgumentException("v1s1 and v2s2 need the same, non-zero number of texts, had "
                    + v1s1.size() + " and " + v2s2.size());
        }
        if (v1s1.stream().anyMatch(String::isBlank)
                || v2s2.stream().anyMatch(String::isBlank)
                || v1s2 == null
                || v1s2.isBlank()
                || v2s1 == null
                || v2s1.isBlank()) {
            throw new IllegalArgumentException("option texts must not be blank");
        }
    }

    /** One text per combination, reused for every training pair. */
    public static OptionTexts of(String v1s1, String v2s2, String v1s2, String v2s1) {
        return new OptionTexts(List.of(v1s1), List.of(v2s2), v1s2, v2s1);
    }
}
