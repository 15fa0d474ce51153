package org.moralbase.dataimport.text;

import java.util.Arrays;

/** Maps character offsets to 1-based physical lines; a line ends at \n, \r\n or a lone \r. */
final class LineIndex {

    private final int[] lineStarts;

    LineIndex(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaks = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (breaks) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding the character at {@code offset}. */
    int lineOf(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
