package org.moralbase.choicepair.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;

/** The DailyDilemmas {@code values.csv}: each value's category in five value theories. */
final class DailyDilemmaValues {

    static final String VALUE = "value";

    /** The theory columns, in the order their metadata is attached. */
    static final List<String> THEORIES = List.of("WVS", "MFT", "Virtue", "Emotion", "Maslow");

    private final Map<String, CsvRow> byValue;

    private DailyDilemmaValues(Map<String, CsvRow> byValue) {
        this.byValue = byValue;
    }

    static DailyDilemmaValues empty() {
        return new DailyDilemmaValues(Map.of());
    }

    static DailyDilemmaValues read(DatasetSource source, ImportLimits limits, ProblemLog log) {
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        List<String> required = new java.util.ArrayList<>(List.of(VALUE));
        required.addAll(THEORIES);
        if (!table.requireColumns(required, log)) {
            return empty();
        }
        Map<String, CsvRow> byValue = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String value = row.required(VALUE, log);
            if (value == null) {
                continue;
            }
            CsvRow first = byValue.putIfAbsent(normalise(value), row);
            if (first != null) {
                log.add(row.problem(VALUE, "duplicate value '" + value + "', first at line " + first.line()));
            }
        }
        return new DailyDilemmaValues(byValue);
    }

    /** The value's category in a theory, or "" when the value is not listed (values.csv need not be complete). */
    String category(String value, String theory) {
        CsvRow row = byValue.get(normalise(value));
        return row == null ? "" : row.get(theory);
    }

    boolean isEmpty() {
        return byValue.isEmpty();
    }

    // values are matched case-insensitively and without surrounding space: the two files are typed separately
    private static String normalise(String value) {
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
