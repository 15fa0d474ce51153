package org.moralbase.moralmachine.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The header line of a CSV file: column name → index, with checks for required and duplicate columns. */
final class Header {
    private final Map<String, Integer> index;
    private final String[] names;

    private Header(Map<String, Integer> index, String[] names) {
        this.index = index;
        this.names = names;
    }

    /** Reads the first record of the scanner as the header and sets the scanner's column names. */
    static Header read(CsvScanner s) throws IOException {
        if (!s.next()) {
            throw new MalformedResponsesException(s.source(), 1, null, "empty file, expected a header line");
        }
        String[] names = new String[s.fieldCount()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = s.string(i);
            if (i == 0 && names[0].startsWith("\uFEFF")) {
                names[0] = names[0].substring(1); // UTF-8 byte order mark
            }
            if (index.putIfAbsent(names[i], i) != null) {
                throw new MalformedResponsesException(s.source(), s.line(), names[i], "duplicate column name");
            }
        }
        s.columnNames(names);
        return new Header(index, names);
    }

    /** The indices of these columns, in order; throws naming every missing one. */
    int[] require(CsvScanner s, List<String> columns) throws MalformedResponsesException {
        List<String> missing = new ArrayList<>();
        int[] out = new int[columns.size()];
        for (int k = 0; k < out.length; k++) {
            Integer i = index.get(columns.get(k));
            if (i == null) {
                missing.add(columns.get(k));
            } else {
                out[k] = i;
            }
        }
        if (!missing.isEmpty()) {
            throw new MalformedResponsesException(
                    s.source(),
                    1,
                    null,
                    "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        return out;
    }

    /** Gives another scanner of the same file (a chunk) the column names for its messages. */
    void nameColumns(CsvScanner s) {
        s.columnNames(names);
    }

    /** Throws unless the current record has as many fields as the header. */
    void checkWidth(CsvScanner s) throws MalformedResponsesException {
        int width = names.length;
        if (s.fieldCount() != width) {
            throw new MalformedResponsesException(
                    s.source(),
                    s.line(),
                    null,
                    "expected " + width + " fields as in the header, found " + s.fieldCount());
        }
    }

    /** The header's column count. */
    int width() {
        return names.length;
    }
}
