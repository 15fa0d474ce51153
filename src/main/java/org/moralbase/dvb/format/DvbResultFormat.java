package org.moralbase.dvb.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.JsonFields;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.dvb.DvbResult;
import org.moralbase.dvb.Generalization;

/**
 * DVB model result rows, CSV or JSON Lines: {@code prompt_id, model, …, raw_response, model_choice,
 * generalized_deep_value, success}. An empty, null, {@code None} or {@code nan} generalized_deep_value (or a
 * missing JSON field) is {@link Generalization#UNPARSEABLE}; other values must be true/false.
 */
public final class DvbResultFormat {

    static final List<String> COLUMNS =
            List.of("prompt_id", "model", "raw_response", "model_choice", "generalized_deep_value", "success");
    private static final Set<String> MISSING = Set.of("", "none", "null", "nan", "na");

    private DvbResultFormat() {}

    /** Reads every row or throws every problem found. */
    public static List<DvbResult> read(DatasetSource source, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(source, limits, log);
        String name = source.name().toLowerCase(Locale.ROOT);
        List<DvbResult> results = new ArrayList<>();
        if (name.endsWith(".csv")) {
            CsvTable table = CsvReader.read(source.name(), text, limits, log);
            if (!table.requireColumns(
                    COLUMNS.stream()
                            .filter(c -> !c.equals("generalized_deep_value"))
                            .toList(),
                    log)) {
                log.throwIfAny();
            }
            for (CsvRow row : table.rows()) {
                add(results, toResult(new LinkedHashMap<>(row.values()), row::problem, log));
            }
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            for (JsonRow row : JsonReader.readLines(source.name(), text, limits, log)) {
                add(results, toResult(flatten(row), row::problem, log));
            }
        } else {
            throw log.fatal(ImportProblem.inFile(source.name(), null, "expected a .csv, .jsonl or .ndjson file"));
        }
        log.throwIfAny();
        return results;
    }

    private static void add(List<DvbResult> results, DvbResult result) {
        if (result != null) {
            results.add(result);
        }
    }

    // JSON nulls become absent, scalars text: one validation path for both formats
    private static LinkedHashMap<String, String> flatten(JsonRow row) {
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        row.node().properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                values.put(e.getKey(), JsonFields.asText(e.getValue()));
            }
        });
        return values;
    }

    private static DvbResult toResult(
            LinkedHashMap<String, String> values, BiFunction<String, String, ImportProblem> at, ProblemLog log) {
        int before = log.size();
        String promptId = nonBlank(values, "prompt_id", at, log);
        String model = nonBlank(values, "model", at, log);
        Generalization generalization = generalization(values.get("generalized_deep_value"), at, log);
        Boolean success = bool(values.get("success"));
        if (success == null) {
            log.add(reason(at, "success", "expected true or false, found '" + values.get("success") + "'"));
        }
        if (log.size() > before) {
            return null;
        }
        LinkedHashMap<String, String> other = new LinkedHashMap<>(values);
        COLUMNS.forEach(other::remove);
        return new DvbResult(
                promptId.strip(),
                model,
                values.getOrDefault("raw_response", ""),
                values.getOrDefault("model_choice", ""),
                generalization,
                success,
                other);
    }

    private static Generalization generalization(
            String text, BiFunction<String, String, ImportProblem> at, ProblemLog log) {
        if (text == null || MISSING.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return Generalization.UNPARSEABLE;
        }
        Boolean value = bool(text);
        if (value == null) {
            log.add(reason(at, "generalized_deep_value", "expected true, false or empty, found '" + text + "'"));
            return null;
        }
        return value ? Generalization.GENERALIZED : Generalization.NOT_GENERALIZED;
    }

    // Python/pandas exports write True/False or 1.0/0.0
    private static Boolean bool(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "1.0" -> true;
            case "false", "0", "0.0" -> false;
            default -> null;
        };
    }

    private static String nonBlank(
            LinkedHashMap<String, String> values,
            String field,
            BiFunction<String, String, ImportProblem> at,
            ProblemLog log) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            log.add(reason(at, field, value == null ? "is missing" : "is empty"));
            return null;
        }
        return value;
    }

    private static ImportProblem reason(BiFunction<String, String, ImportProblem> at, String field, String why) {
        return at.apply(field, why);
    }
}
