package org.moralbase.condition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * The file of which option each policy implies: CSV {@code item,condition,implied} with {@code implied} A or B (the
 * item's own labels). Read whole or not at all: every problem named by line and field.
 */
public final class ImplicationFiles {

    /** The file's columns. */
    public static final List<String> COLUMNS = List.of("item", "condition", "implied");

    private ImplicationFiles() {}

    /**
     * The marks of a file, checked against the study's condition codes.
     *
     * @throws org.moralbase.dataimport.ImportException listing every problem with its line and field
     */
    public static List<Implication> read(DatasetSource file, Set<String> conditionCodes) {
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(file, limits, log);
        log.throwIfAny();
        CsvTable table = CsvReader.read(file.name(), text, limits, log);
        List<Implication> out = new ArrayList<>();
        if (table.requireColumns(COLUMNS, log)) {
            Map<String, Integer> seen = new HashMap<>();
            for (CsvRow row : table.rows()) {
                read(row, conditionCodes, seen, log).ifPresent(out::add);
            }
            if (out.isEmpty() && log.isEmpty()) {
                log.add(ImportProblem.inFile(file.name(), null, "no marks: the file holds none"));
            }
        }
        log.throwIfAny();
        return out;
    }

    private static java.util.Optional<Implication> read(
            CsvRow row, Set<String> codes, Map<String, Integer> seen, ProblemLog log) {
        String item = row.required("item", log);
        String condition = row.required("condition", log);
        String implied = row.required("implied", log);
        if (item == null || condition == null || implied == null) {
            return java.util.Optional.empty();
        }
        boolean ok = true;
        if (item.strip().length() > 200) {
            log.add(row.problem("item", "at most 200 characters"));
            ok = false;
        }
        if (!codes.contains(condition.strip())) {
            log.add(row.problem(
                    "condition",
                    "no condition '" + condition.strip() + "' in this study; it has "
                            + (codes.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(codes)))));
            ok = false;
        }
        String option = implied.strip().toUpperCase(Locale.ROOT);
        if (!option.equals("A") && !option.equals("B")) {
            log.add(row.problem("implied", "expected A or B, found '" + implied.strip() + "'"));
            ok = false;
        }
        Integer first = seen.putIfAbsent(condition.strip() + "\u0000" + item.strip(), row.line());
        if (first != null) {
            log.add(row.problem(
                    "item", "'" + item.strip() + "' is already marked for this condition on line " + first));
            ok = false;
        }
        return ok
                ? java.util.Optional.of(new Implication(condition.strip(), item.strip(), option))
                : java.util.Optional.empty();
    }

    /** The marks as the CSV this reader reads (cells neutralised against spreadsheet formulas). */
    public static String csv(List<Implication> marks) {
        return CsvText.write(
                COLUMNS,
                marks.stream()
                        .map(m -> List.<Object>of(m.itemKey(), m.condition(), m.implied()))
                        .toList());
    }
}
