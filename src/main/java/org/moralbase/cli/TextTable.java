package org.moralbase.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with aligned columns: text left-aligned, numbers right-aligned. */
public final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> headers) {
        this.headers = headers;
    }

    /** A table with these column headers. */
    public static TextTable of(String... headers) {
        return new TextTable(List.of(headers));
    }

    /** Adds a row; values are formatted by {@link #cell}. */
    public TextTable row(Object... values) {
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(cell(v));
        }
        rows.add(cells);
        return this;
    }

    /** Numbers with 4 significant decimals (scientific when tiny), NaN/null as "NA", everything else as text. */
    public static String cell(Object v) {
        if (v == null) {
            return "NA";
        }
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "NA";
            }
            double a = Math.abs(d);
            return a != 0 && (a < 1e-3 || a >= 1e7)
                    ? String.format(Locale.ROOT, "%.3e", d)
                    : String.format(Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(v);
    }

    /** Prints the table. */
    public void print(PrintWriter out) {
        int[] width = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            numeric[c] = true;
        }
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                width[c] = Math.max(width[c], cell.length());
                numeric[c] &= cell.equals("NA") || cell.matches("[-+0-9.eE]+");
            }
        }
        out.println(line(headers, width, numeric));
        for (List<String> row : rows) {
            out.println(line(row, width, numeric));
        }
        out.flush();
    }

    private static String line(List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
        }
        return sb.toString().stripTrailing();
    }
}
