package org.moralbase.cli.scaling;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moralbase.cli.CsvInput;
import org.moralbase.cli.InputException;
import org.moralbase.stats.scaling.ScalingObservation;

/**
 * Reads a table with the columns of Takemoto 2026 table S1: {@code Model}, {@code Size} (billions),
 * {@code Reasoning} (yes/no, true/false, 1/0), {@code ReleaseDate} ({@code yyyy/M/d} as in S1, or
 * {@code yyyy-M-d}) and {@code Distance}; other columns are ignored.
 */
final class ScalingTableReader {

    private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter DASHES = DateTimeFormatter.ofPattern("yyyy-M-d");

    private ScalingTableReader() {}

    static List<ScalingObservation> read(Path file) {
        List<ScalingObservation> out = new ArrayList<>();
        try (CsvInput csv = CsvInput.open(file)) {
            int model = csv.require("Model");
            int size = csv.require("Size");
            int reasoning = csv.require("Reasoning");
            int date = csv.require("ReleaseDate");
            int distance = csv.require("Distance");
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.get(model).isEmpty()) {
                    throw row.error(model, "a model name");
                }
                double s = row.number(size, "a positive size in billions");
                if (!(s > 0)) {
                    throw row.error(size, "a positive size in billions");
                }
                double d = row.number(distance, "a positive distance");
                if (!(d > 0)) {
                    throw row.error(distance, "a positive distance");
                }
                out.add(new ScalingObservation(row.get(model), s, yesNo(row, reasoning), releaseDate(row, date), d));
            }
        }
        if (out.size() < 3) {
            throw new InputException(file, "expected at least 3 models, found " + out.size());
        }
        return out;
    }

    private static boolean yesNo(CsvInput.Row row, int column) {
        return switch (row.get(column).toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> throw row.error(column, "yes or no");
        };
    }

    private static LocalDate releaseDate(CsvInput.Row row, int column) {
        String text = row.get(column);
        try {
            return LocalDate.parse(text, text.contains("/") ? SLASHES : DASHES);
        } catch (DateTimeParseException e) {
            throw row.error(column, "a date like 2024/1/25 or 2024-01-25");
        }
    }
}
