package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moralbase.choicepair.ModelAnswer;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;

/**
 * Model answers to choice pairs: a CSV with {@code item, model, answer} and an optional {@code order} (AB or BA,
 * the order the model saw). The answer names the option by its original label; case and surrounding space are
 * ignored, and {@code A}, {@code option a}, {@code 1} mean A ({@code B}, {@code option b}, {@code 2} mean B).
 * Anything else is kept as unparseable and never scored. Unknown item keys, empty models and bad orders are
 * problems, and nothing is returned unless the file is clean.
 */
public final class ModelAnswerFormat {

    static final String ITEM = "item";
    static final String MODEL = "model";
    static final String ANSWER = "answer";
    static final String ORDER = "order";

    private ModelAnswerFormat() {}

    /** Reads the file against the study's item keys. */
    public static List<ModelAnswer> read(DatasetSource source, Set<String> itemKeys, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        if (!table.requireColumns(List.of(ITEM, MODEL, ANSWER), log)) {
            log.throwIfAny();
        }
        boolean hasOrder = table.header().contains(ORDER);
        List<ModelAnswer> answers = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String item = row.required(ITEM, log);
            String model = row.required(MODEL, log);
            String raw = row.get(ANSWER);
            String order = hasOrder ? order(row, log) : null;
            if (item != null && !itemKeys.contains(item.strip())) {
                log.add(row.problem(ITEM, "'" + item + "' is not an item of this study"));
                continue;
            }
            if (model != null && model.strip().length() > 128) {
                log.add(row.problem(MODEL, "is longer than 128 characters"));
                continue;
            }
            if (item == null || model == null || "?".equals(order)) {
                continue;
            }
            answers.add(new ModelAnswer(item.strip(), model.strip(), raw, normalise(raw), order));
        }
        log.throwIfAny();
        return answers;
    }

    /** "A" or "B" for the accepted spellings, else null. */
    public static String normalise(String raw) {
        String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "a", "option a", "1" -> "A";
            case "b", "option b", "2" -> "B";
            default -> null;
        };
    }

    // "?" marks a logged problem
    private static String order(CsvRow row, ProblemLog log) {
        String value = row.get(ORDER).strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.equals("AB") && !value.equals("BA")) {
            log.add(row.problem(ORDER, "expected AB or BA, found '" + row.get(ORDER) + "'"));
            return "?";
        }
        return value;
    }
}
