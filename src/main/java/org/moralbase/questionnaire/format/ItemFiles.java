package org.moralbase.questionnaire.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.dataimport.text.Utf8Text;

/**
 * Item bank files in and out (docs/formats.md): a CSV {@code item_id,text,scale,subscale,reverse[,block][,attention]}.
 * Reading is all-or-nothing: every problem is listed with its line and column.
 */
public final class ItemFiles {

    /** The columns every item file has. */
    public static final List<String> REQUIRED = List.of("item_id", "text", "scale", "subscale", "reverse");

    /** The longest item id. */
    public static final int KEY_LENGTH = 60;

    private static final int NAME_LENGTH = 100;

    private ItemFiles() {}

    /** The items of a file, or an {@link org.moralbase.dataimport.ImportException} listing every problem. */
    public static List<ItemRow> read(DatasetSource file, Scales scales) {
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(file, limits, log);
        log.throwIfAny();
        CsvTable table = CsvReader.read(file.name(), text, limits, log);
        List<ItemRow> rows = new ArrayList<>();
        if (table.requireColumns(REQUIRED, log)) {
            Map<String, Integer> seen = new HashMap<>();
            for (CsvRow row : table.rows()) {
                ItemRow item = row(row, scales, log);
                if (item == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(item.key(), row.line());
                if (first != null) {
                    log.add(row.problem("item_id", "item id '" + item.key() + "' is already on line " + first));
                } else {
                    rows.add(item);
                }
            }
        }
        if (rows.isEmpty() && log.isEmpty()) {
            log.add(ImportProblem.inFile(file.name(), null, "no items: the file holds none"));
        }
        log.throwIfAny();
        return rows;
    }

    private static ItemRow row(CsvRow row, Scales scales, ProblemLog log) {
        String key = row.required("item_id", log);
        String text = row.required("text", log);
        String scaleCell = row.required("scale", log);
        int before = log.size();
        if (key != null && (key.strip().length() > KEY_LENGTH || key.contains("|"))) {
            log.add(row.problem(
                    "item_id", "item id '" + key.strip() + "': at most " + KEY_LENGTH + " characters, no '|'"));
        }
        Scale scale = null;
        if (scaleCell != null) {
            try {
                scale = scales.resolve(scaleCell);
            } catch (IllegalArgumentException e) {
                log.add(row.problem("scale", e.getMessage()));
            }
        }
        Boolean reverse = yesNo(row.get("reverse"));
        if (reverse == null) {
            log.add(row.problem("reverse", "yes or no (also true/false, 1/0), found '" + row.get("reverse") + "'"));
        }
        Integer attention = null;
        String attentionCell = blankToNull(row.get("attention"));
        if (attentionCell != null && scale != null) {
            int point = scale.pointOf(attentionCell);
            if (point == 0) {
                log.add(row.problem(
                        "attention",
                        "scale point '" + attentionCell + "' is out of range: 1 to " + scale.points()
                                + " or a label of " + scale.name() + " (" + String.join(", ", scale.labels()) + ")"));
            }
            attention = point;
        }
        String subscale = blankToNull(row.get("subscale"));
        if (subscale == null && attentionCell == null) {
            log.add(row.problem("subscale", "is empty (only an attention item has no subscale)"));
        }
        String block = blankToNull(row.get("block"));
        for (String[] named : new String[][] {{"subscale", subscale}, {"block", block}}) {
            if (named[1] != null && named[1].length() > NAME_LENGTH) {
                log.add(row.problem(named[0], "at most " + NAME_LENGTH + " characters"));
            }
        }
        if (key == null || text == null || scale == null || log.size() > before) {
            return null;
        }
        return new ItemRow(key.strip(), text.strip(), scale, subscale, reverse, block, attention);
    }

    private static Boolean yesNo(String cell) {
        String v = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "no", "false", "0", "n" -> false;
            case "yes", "true", "1", "y" -> true;
            default -> null;
        };
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    /**
     * The items as an item file (the columns {@link #REQUIRED}, block, attention): a scale written in the file is
     * written out as its labels, the attention point as its number; cells neutralised against spreadsheet formulas.
     */
    public static String csv(List<ItemRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (ItemRow r : rows) {
            out.add(Arrays.asList(
                    r.key(),
                    r.text(),
                    "custom".equals(r.scale().name())
                            ? r.scale().joined()
                            : r.scale().name(),
                    r.subscale(),
                    r.reverse() ? "yes" : "no",
                    r.block(),
                    r.attentionPoint()));
        }
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(List.of("block", "attention"));
        return CsvText.write(header, out);
    }

    /** The scored items as the scoring file of {@code analyze scale-reliability}: {@code item,subscale,reverse}. */
    public static String scoringCsv(List<ItemRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        rows.stream()
                .filter(r -> !r.attention())
                .forEach(r -> out.add(Arrays.asList(r.key(), r.subscale(), r.reverse() ? "yes" : "no")));
        return CsvText.write(List.of("item", "subscale", "reverse"), out);
    }
}
