package org.moralbase.dataimport.text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Says in our words what is wrong with JSON the parser refused, and where: the parser's messages stay in the log. */
final class JsonSyntax {

    private JsonSyntax() {}

    /**
     * {@code is not valid JSON: unexpected '}' at column 8}, or that the text ends too early.
     *
     * @param text the text the parser read, to name the character it stopped at
     */
    static String describe(JacksonException e, String text) {
        if (e instanceof UnexpectedEndOfInputException) {
            return "is not valid JSON: the text ends before every string, [ and { is closed";
        }
        TokenStreamLocation at = e.getLocation();
        long offset = at == null ? -1 : at.getCharOffset();
        String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return "is not valid JSON: a second value follows the first" + column + "; one object per line";
        }
        if (offset < 0 || offset >= text.length()) {
            return "is not valid JSON" + column;
        }
        return "is not valid JSON: unexpected " + found(text, (int) offset) + column;
    }

    private static String found(String text, int offset) {
        char c = text.charAt(offset);
        if (c == '\n' || c == '\r') {
            return "line break inside a string (write it as \\n)";
        }
        if (Character.isISOControl(c)) {
            return "control character inside a string";
        }
        if (Character.isLetter(c)) {
            int end = offset;
            while (end < text.length()
                    && end - offset < 30
                    && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            return "word '" + text.substring(offset, end) + "' (text must be in double quotes)";
        }
        return "'" + c + "'";
    }
}
