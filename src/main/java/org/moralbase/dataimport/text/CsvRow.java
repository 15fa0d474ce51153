package org.moralbase.dataimport.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;

/**
 * One CSV record with the physical line it starts on (multi-line quoted fields counted).
 *
 * @param file the file name for problem messages
 * @param line 1-based physical line where the record starts
 * @param values column name to raw value, in header order
 */
public record CsvRow(String file, int line, SequencedMap<String, String> values) {

    /** Freezes the values. */
    public CsvRow {
        values = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(values));
    }

    /** The raw value, or null when the column does not exist. */
    public String get(String column) {
        return values.get(column);
    }

    /** The value, or null after logging a problem when it is missing or blank. */
    public String required(String column, ProblemLog log) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            log.add(problem(column, "is empty"));
            return null;
        }
        return value;
    }

    /** A problem located at this row. */
    public ImportProblem problem(String column, String reason) {
        return ImportProblem.atLine(file, line, column, reason);
    }

    /** The values as a plain map view. */
    public Map<String, String> asMap() {
        return values;
    }
}
