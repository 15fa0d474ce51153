package org.moralbase.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;

/**
 * Model answers made elsewhere as a plain table, for any kind whose items have two options (choice pairs, DVB
 * prompts): a CSV with {@code item, model, answer} and an optional {@code order} (AB or BA, the order the model saw).
 * The answer names the option by the item's own label; case and surrounding space are ignored, and {@code A},
 * {@code option a}, {@code 1} mean A ({@code B}, {@code option b}, {@code 2} mean B). Anything else is kept as
 * unparseable and never scored. Unknown item keys, empty models and bad orders are problems, and nothing is returned
 * unless the file is clean.
 */
public final class PlainAnswers {

    static final String ITEM = "item";
    static final String MODEL = "model";
    static final String ANSWER = "answer";
    static final String ORDER = "order";

    private PlainAnswers() {}

    /** Whether the file is such a table: a CSV whose header names item, model and answer. */
    public static boolean matches(DatasetSource source) {
        if (!source.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String text = new String(source.content(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        int end = text.indexOf('\n');
        List<String> header = java.util.Arrays.stream((end < 0 ? text : text.substring(0, end)).split(","))
                .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
        return header.containsAll(List.of(ITEM, MODEL, ANSWER));
    }

    /** Reads the file against the study's item keys. */
    public static List<ImportedAnswer> read(DatasetSource source, Set<String> itemKeys, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        if (!table.requireColumns(List.of(ITEM, MODEL, ANSWER), log)) {
            log.throwIfAny();
        }
        boolean hasOrder = table.header().contains(ORDER);
        List<ImportedAnswer> answers = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String item = row.required(ITEM, log);
            String model = row.required(MODEL, log);
            String raw = row.get(ANSWER);
            String order = hasOrder ? order(row, log) : null;
            if (item != null && !itemKeys.contains(item.strip())) {
                log.add(row.problem(ITEM, "'" + item + "' is not an item of this study"));
                continue;
            }
            if (model != null && model.strip().length() > 255) {
                log.add(row.problem(MODEL, "is longer than 255 characters"));
                continue;
            }
            if (item == null || model == null || "?".equals(order)) {
                continue;
            }
            answers.add(ImportedAnswer.ofOption(model.strip(), item.strip(), order, raw, normalise(raw)));
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
