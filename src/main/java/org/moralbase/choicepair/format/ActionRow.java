package org.moralbase.choicepair.format;

import java.util.List;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvRow;

/** One validated DailyDilemmas row: one action of one dilemma. */
record ActionRow(CsvRow row, String idx, String type, List<String> values) {

    static final String TO_DO = "to_do";
    static final String NOT_TO_DO = "not_to_do";

    /** The row, or null after logging every problem it has. */
    static ActionRow parse(CsvRow row, DailyDilemmasFormat.Columns columns, ProblemLog log) {
        boolean complete = row.required(columns.key(), log) != null;
        for (String column : DailyDilemmasFormat.TEXTS) {
            complete &= row.required(column, log) != null;
        }
        String type = row.get(DailyDilemmasFormat.TYPE);
        if (!type.isBlank() && !type.equals(TO_DO) && !type.equals(NOT_TO_DO)) {
            log.add(row.problem(DailyDilemmasFormat.TYPE, "expected to_do or not_to_do, found '" + type + "'"));
            complete = false;
        }
        List<String> values = columns.values() ? values(row, log) : List.of(); // the GitHub release has no lists
        return complete && values != null
                ? new ActionRow(row, row.get(columns.key()).strip(), type, values)
                : null;
    }

    /** The row's value list, or null after logging. */
    private static List<String> values(CsvRow row, ProblemLog log) {
        String literal = row.required(DailyDilemmasFormat.VALUES, log);
        if (literal == null) {
            return null;
        }
        try {
            return PythonStringList.parse(literal);
        } catch (IllegalArgumentException e) {
            log.add(row.problem(DailyDilemmasFormat.VALUES, "not a Python list of strings: " + e.getMessage()));
            return null;
        }
    }
}
