package org.moralbase.dataimport.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV text for exports, the one CSV writer: RFC 4180, so a field holding a comma, a quote or a line break is quoted
 * (quotes doubled) and reads back as it was; CRLF line ends; null is written as an empty field. A text field that a
 * spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, and is not a number) gets a leading apostrophe (OWASP, "CSV Injection"); numbers are written as they are.
 */
public final class CsvText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvText() {}

    /** The header line, then one line per row. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (Rows csv = open(out, header)) {
            for (List<?> row : rows) {
                csv.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Writes the header now and each row as it is added, for exports that stream (flat memory). */
    public static Rows open(Appendable out, List<String> header) throws IOException {
        Rows rows = new Rows(new CSVPrinter(out, CSVFormat.RFC4180));
        rows.add(header);
        return rows;
    }

    /** Rows written one at a time; closing flushes (and closes the output). */
    public static final class Rows implements Closeable {

        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        /** Writes one row. */
        public void add(List<?> row) throws IOException {
            printer.printRecord(row.stream().map(CsvText::cell).toList());
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /** A field as written: empty for null, a formula-like text neutralised. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof CharSequence text ? neutralised(text.toString()) : value;
    }

    /**
     * The text with a leading apostrophe when a spreadsheet would run it as a formula (it starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a number), else the text itself; for
     * writers of fixed formats that quote their own fields (SharedResponses.csv, SurveyResponses.csv).
     */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** A share or an entropy with six decimals, or null (an empty field) when undefined. */
    public static String decimal(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.6f", value);
    }
}
