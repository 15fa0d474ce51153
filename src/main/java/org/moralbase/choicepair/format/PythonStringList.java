package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a Python list-of-strings literal such as {@code ['honesty', "parents' trust"]} without evaluating it:
 * only brackets, commas, whitespace and single- or double-quoted strings with backslash escapes are accepted.
 */
public final class PythonStringList {

    private final String text;
    private int pos;

    private PythonStringList(String text) {
        this.text = text;
    }

    /**
     * The strings of the literal, in order.
     *
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public static List<String> parse(String literal) {
        if (literal == null) {
            throw new IllegalArgumentException("expected a list literal, found nothing");
        }
        return new PythonStringList(literal).list();
    }

    private List<String> list() {
        List<String> items = new ArrayList<>();
        skipSpace();
        expect('[');
        skipSpace();
        if (peek() == ']') {
            pos++;
        } else {
            while (true) {
                items.add(string());
                skipSpace();
                char c = next("',' or ']'");
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw error("expected ',' or ']'", pos - 1);
                }
                skipSpace();
                if (peek() == ']') { // a trailing comma is valid Python
                    pos++;
                    break;
                }
            }
        }
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected text after the closing ']'", pos);
        }
        return items;
    }

    private String string() {
        int start = pos;
        char quote = next("a quoted string");
        if (quote != '\'' && quote != '"') {
            throw error("expected a quoted string", start);
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next("closing " + quote);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape(next("an escaped character")));
            } else if (c == '\n' || c == '\r') {
                throw error("string started at position " + (start + 1) + " is not closed on its line", pos - 1);
            } else {
                out.append(c);
            }
        }
    }

    private String escape(char c) {
        return switch (c) {
            case '\\', '\'', '"' -> String.valueOf(c);
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            default -> "\\" + c; // Python keeps unknown escapes verbatim
        };
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next(String expected) {
        if (pos >= text.length()) {
            throw error("expected " + expected + " but the text ended", pos);
        }
        return text.charAt(pos++);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'", pos);
        }
        pos++;
    }

    private IllegalArgumentException error(String what, int at) {
        return new IllegalArgumentException(what + " at position " + (at + 1));
    }
}
