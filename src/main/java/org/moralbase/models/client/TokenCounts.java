package org.moralbase.models.client;

/**
 * Token usage as reported by the server; any count may be {@code null} when not reported.
 *
 * @param input prompt tokens
 * @param output completion tokens (including any reasoning the server counts)
 * @param total as reported, or input + output
 */
record TokenCounts(Integer input, Integer output, Integer total) {

    /** Checks that reported counts are not negative. */
    public TokenCounts {
        for (Integer count : new Integer[] {input, output, total}) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException(
                        "token counts must not be negative, were " + input + "/" + output + "/" + total);
            }
        }
    }
}
