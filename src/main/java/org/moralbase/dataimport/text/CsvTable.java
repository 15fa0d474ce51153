package org.moralbase.dataimport.text;

import java.util.List;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;

/**
 * A parsed CSV file: its header and its rows.
 *
 * @param file the file name for problem messages
 * @param header column names in file order (blank names dropped)
 * @param rows data rows in file order
 */
public record CsvTable(String file, List<String> header, List<CsvRow> rows) {

    /** Freezes the lists. */
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Logs one problem per required column the header lacks.
     *
     * @return true when all are present
     */
    public boolean requireColumns(List<String> columns, ProblemLog log) {
        boolean complete = true;
        for (String column : columns) {
            if (!header.contains(column)) {
                log.add(ImportProblem.inFile(file, null, "missing required column '" + column + "'"));
                complete = false;
            }
        }
        return complete;
    }
}
