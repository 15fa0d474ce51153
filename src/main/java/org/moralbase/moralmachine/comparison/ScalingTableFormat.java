package org.moralbase.moralmachine.comparison;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.stats.scaling.ScalingObservation;

/**
 * Reads an uploaded table with the columns of Takemoto 2026 table S1 (Model, OpenWeight, Reasoning, APIID,
 * Size, ReleaseDate, Distance, ValidResponseRate); the scaling analysis needs Model, Size (billions),
 * Reasoning (yes/no), ReleaseDate ({@code yyyy/M/d} or {@code yyyy-M-d}) and Distance, the rest is ignored.
 * The same rules as the CLI's {@code analyze scaling}, with located problems as every other import.
 */
final class ScalingTableFormat {

    static final List<String> REQUIRED = List.of("Model", "Size", "Reasoning", "ReleaseDate", "Distance");
    private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter DASHES = DateTimeFormatter.ofPattern("yyyy-M-d");

    private ScalingTableFormat() {}

    /** The models of the table, or an {@link org.moralbase.dataimport.ImportException} listing every problem. */
    static List<ScalingObservation> read(DatasetSource source) {
        ImportLimits limits = ImportLimits.withDefaults()
                .withMaxRows(Math.min(100_000, ImportLimits.withDefaults().maxRows()));
        ProblemLog log = new ProblemLog(limits);
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        if (!table.requireColumns(REQUIRED, log)) {
            log.throwIfAny();
        }
        List<ScalingObservation> out = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String model = row.required("Model", log);
            Double size = positive(row, "Size", log);
            Double distance = positive(row, "Distance", log);
            Boolean reasoning = yesNo(row, log);
            LocalDate date = date(row, log);
            if (model != null && size != null && distance != null && reasoning != null && date != null) {
                out.add(new ScalingObservation(model.strip(), size, reasoning, date, distance));
            }
        }
        log.throwIfAny();
        return out;
    }

    private static Double positive(CsvRow row, String column, ProblemLog log) {
        String text = row.required(column, log);
        if (text == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        log.add(row.problem(column, "expected a positive number, found '" + text + "'"));
        return null;
    }

    private static Boolean yesNo(CsvRow row, ProblemLog log) {
        String text = row.required("Reasoning", log);
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> {
                log.add(row.problem("Reasoning", "expected yes or no, found '" + text + "'"));
                yield null;
            }
        };
    }

    private static LocalDate date(CsvRow row, ProblemLog log) {
        String text = row.required("ReleaseDate", log);
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t, t.contains("/") ? SLASHES : DASHES);
        } catch (DateTimeParseException e) {
            log.add(row.problem("ReleaseDate", "expected a date like 2024/1/25 or 2024-01-25, found '" + text + "'"));
            return null;
        }
    }
}
