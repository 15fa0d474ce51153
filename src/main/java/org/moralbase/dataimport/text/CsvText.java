package org.moralbase.dataimport.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV text for exports: RFC 4180, so a field holding a comma, a quote or a line break is quoted (quotes doubled)
 * and reads back as it was; CRLF line ends; null is written as an empty field.
 */
public final class CsvText {

    private CsvText() {}

    /** The header line, then one line per row. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** A share or an entropy with six decimals, or null (an empty field) when undefined. */
    public static String decimal(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.6f", value);
    }
}
