package org.moralbase.cli.reliability;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moralbase.cli.CsvInput;
import org.moralbase.cli.InputException;
import org.moralbase.stats.questionnaire.LikertScale;

/**
 * Reads the two files of {@code analyze scale-reliability} (docs/cli.md): the item file ({@code item, subscale,
 * reverse}) and long answers ({@code respondent, item, value}; an empty value or {@code NA} is a missing answer, as
 * is an absent row). Every problem names file, line and column; nothing is half-read.
 */
final class QuestionnaireReader {

    private static final Set<String> YES = Set.of("true", "1", "yes");
    private static final Set<String> NO = Set.of("false", "0", "no");

    private QuestionnaireReader() {}

    /** One item: its subscale and whether it is reverse-keyed. */
    record Item(String subscale, boolean reverse) {}

    /** Items in file order. */
    static Map<String, Item> items(Path file) {
        Map<String, Item> items = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        try (CsvInput csv = CsvInput.open(file)) {
            int item = csv.require("item");
            int subscale = csv.require("subscale");
            int reverse = csv.require("reverse");
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.get(item).isEmpty()) {
                    throw row.error(item, "an item id");
                }
                if (row.get(subscale).isEmpty()) {
                    throw row.error(subscale, "a subscale name");
                }
                String flag = row.get(reverse).toLowerCase(Locale.ROOT);
                if (!YES.contains(flag) && !NO.contains(flag)) {
                    throw row.error(reverse, "true/false, 1/0 or yes/no");
                }
                Long first = lines.putIfAbsent(row.get(item), row.line());
                if (first != null) {
                    throw new InputException(
                            file,
                            row.line(),
                            "item",
                            "expected each item once, found '" + row.get(item) + "' again (first at line " + first
                                    + ")");
                }
                items.put(row.get(item), new Item(row.get(subscale), YES.contains(flag)));
            }
        }
        if (items.isEmpty()) {
            throw new InputException(file, "expected items, found none");
        }
        return items;
    }

    /** respondent → item → raw answer on the scale (missing answers absent), respondents in file order. */
    static Map<String, Map<String, Double>> answers(Path file, Set<String> knownItems, LikertScale scale) {
        Map<String, Map<String, Double>> answers = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        try (CsvInput csv = CsvInput.open(file)) {
            int respondent = csv.require("respondent");
            int item = csv.require("item");
            int value = csv.require("value");
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                String who = row.get(respondent);
                String what = row.get(item);
                if (who.isEmpty()) {
                    throw row.error(respondent, "a respondent id");
                }
                if (!knownItems.contains(what)) {
                    throw row.error(item, "an item of the item file");
                }
                Long first = lines.putIfAbsent(who + '\u0000' + what, row.line());
                if (first != null) {
                    throw new InputException(
                            file,
                            row.line(),
                            "item",
                            "expected one answer per respondent and item, " + "found a second one by '" + who + "' to '"
                                    + what + "' (first at line " + first + ")");
                }
                Map<String, Double> person = answers.computeIfAbsent(who, w -> new LinkedHashMap<>());
                String v = row.get(value);
                if (!v.isEmpty() && !v.equals("NA")) {
                    person.put(what, point(row, value, scale));
                }
            }
        }
        if (answers.isEmpty()) {
            throw new InputException(file, "expected answers, found none");
        }
        return answers;
    }

    private static double point(CsvInput.Row row, int column, LikertScale scale) {
        String expected = "a point of the scale " + scale.min() + "-" + scale.max() + " (or empty/NA for missing)";
        try {
            double v = Double.parseDouble(row.get(column));
            if (scale.contains(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with what was expected
        }
        throw row.error(column, expected);
    }
}
