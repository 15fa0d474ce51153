package org.moralbase.dataimport.text;

/**
 * Finds where a text breaks RFC 4180 quoting, so a rejected CSV is explained in our words with the line to fix
 * rather than with the parser's message.
 */
final class CsvSyntax {

    /**
     * Where and why the quoting breaks.
     *
     * @param line 1-based physical line
     * @param reason what is wrong, for a researcher
     */
    record Break(int line, String reason) {}

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        AFTER_QUOTE
    }

    private CsvSyntax() {}

    /** The first break in the text's quoting, or null when its quoting is sound. */
    static Break firstBreak(String text) {
        State state = State.FIELD_START;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r';
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = State.QUOTED;
                        quoteLine = line;
                    } else if (c != ',' && !lineEnd) {
                        state = State.UNQUOTED;
                    }
                }
                case UNQUOTED -> state = c == ',' || lineEnd ? State.FIELD_START : State.UNQUOTED;
                case QUOTED -> state = c == '"' ? State.AFTER_QUOTE : State.QUOTED;
                case AFTER_QUOTE -> {
                    if (c == '"') {
                        state = State.QUOTED; // a doubled quote stands for one quote
                    } else if (c == ',' || lineEnd) {
                        state = State.FIELD_START;
                    } else {
                        return new Break(
                                line,
                                "text follows the closing quote of a field (found '" + c + "'); a quote inside a"
                                        + " quoted field is written twice (\"\")");
                    }
                }
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        if (state == State.QUOTED) {
            return new Break(
                    quoteLine,
                    "a quoted field starts on this line and its closing quote is missing, so the rest of the file"
                            + " cannot be read; close the quote, or write a quote inside a field twice (\"\")");
        }
        return null;
    }
}
