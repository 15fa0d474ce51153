package org.moralbase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moralbase.moralmachine.simulation.PreferenceModel;

/**
 * Reads a table of the nine AMCEs (docs/cli.md, "AMCE table"): a CSV whose first column names the attribute
 * (methods §1.1 names, case-insensitive; Takemoto's "Social Value" accepted) and whose value column is
 * chosen by name — default a column named {@code estimate}, else the only other column. Every attribute must
 * appear exactly once. Reads {@code attribute,estimate} files and Takemoto 2026's {@code table_S2.csv}.
 */
public final class AmceTable {

    /** The nine names in methods §1.1 order. */
    public static final List<String> ATTRIBUTES = PreferenceModel.ATTRIBUTES;

    private AmceTable() {}

    /**
     * The nine values in methods §1.1 order.
     *
     * @param column the value column's name, or null for the default
     */
    public static double[] read(Path file, String column) {
        double[] out = new double[ATTRIBUTES.size()];
        long[] seenAt = new long[ATTRIBUTES.size()];
        try (CsvInput csv = CsvInput.open(file)) {
            int value = valueColumn(csv, column);
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                int k = index(row.get(0));
                if (k < 0) {
                    throw row.error(0, "one of the nine attribute names " + ATTRIBUTES);
                }
                if (seenAt[k] != 0) {
                    throw row.error(0, "each attribute once, but it was already on line " + seenAt[k]);
                }
                seenAt[k] = row.line();
                out[k] = row.number(value, "an AMCE (a finite number)");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < seenAt.length; k++) {
            if (seenAt[k] == 0) {
                missing.add(ATTRIBUTES.get(k));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(file, "expected a row for each of the nine attributes, missing " + missing);
        }
        return out;
    }

    private static int valueColumn(CsvInput csv, String column) {
        if (column != null) {
            return csv.require(column);
        }
        if (csv.has("estimate")) {
            return csv.require("estimate");
        }
        if (csv.header().size() == 2) {
            return 1;
        }
        throw new InputException(
                csv.file(),
                1,
                null,
                "expected a column named 'estimate' or exactly two columns; name the value column with --column");
    }

    private static int index(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("social value")) {
            n = "social status";
        }
        for (int k = 0; k < ATTRIBUTES.size(); k++) {
            if (ATTRIBUTES.get(k).toLowerCase(Locale.ROOT).equals(n)) {
                return k;
            }
        }
        return -1;
    }
}
