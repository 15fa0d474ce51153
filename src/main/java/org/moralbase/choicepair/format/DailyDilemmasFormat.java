package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.choicepair.ChoiceDataset;
import org.moralbase.choicepair.ChoiceItem;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;

/**
 * DailyDilemmas CSV (methods §6): two rows per {@code dilemma_idx}, one {@code to_do} and one {@code not_to_do},
 * paired into one item with option A = to_do and option B = not_to_do; the key is the dilemma_idx.
 */
public final class DailyDilemmasFormat {

    /** The dataset name stored on every item. */
    public static final String NAME = "DailyDilemmas";

    static final String IDX = "dilemma_idx";
    static final String TYPE = "action_type";
    static final String SITUATION = "dilemma_situation";
    static final String VALUES = "values_aggregated";
    static final List<String> REQUIRED =
            List.of(IDX, "basic_situation", SITUATION, TYPE, "action", "negative_consequence", VALUES);

    private DailyDilemmasFormat() {}

    /** Reads the dilemmas and, when {@code values} is not null, attaches each value's theory categories. */
    public static ChoiceDataset read(DatasetSource dilemmas, DatasetSource values, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        DailyDilemmaValues theories =
                values == null ? DailyDilemmaValues.empty() : DailyDilemmaValues.read(values, limits, log);
        CsvTable table = CsvReader.read(dilemmas.name(), Utf8Text.decode(dilemmas, limits, log), limits, log);
        if (!table.requireColumns(REQUIRED, log)) {
            log.throwIfAny();
        }
        Map<String, DilemmaRows> byIdx = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            ActionRow action = ActionRow.parse(row, log);
            if (action != null) {
                byIdx.computeIfAbsent(action.idx(), DilemmaRows::new).add(action, log);
            }
        }
        byIdx.values().forEach(rows -> rows.check(log));
        log.throwIfAny();
        List<ChoiceItem> items = new ArrayList<>();
        for (DilemmaRows rows : byIdx.values()) {
            items.add(toItem(rows.toDo(), rows.notToDo(), theories));
        }
        return new ChoiceDataset(NAME, items);
    }

    private static ChoiceItem toItem(ActionRow toDo, ActionRow notToDo, DailyDilemmaValues theories) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("basic_situation", toDo.row().get("basic_situation"));
        putIfColumn(metadata, toDo.row(), "topic");
        putIfColumn(metadata, toDo.row(), "topic_group");
        putOption(metadata, "option_a", toDo, theories);
        putOption(metadata, "option_b", notToDo, theories);
        return new ChoiceItem(
                toDo.idx(),
                toDo.row().get(SITUATION),
                toDo.row().get("action"),
                notToDo.row().get("action"),
                new LinkedHashMap<>(metadata),
                NAME);
    }

    private static void putOption(
            Map<String, String> metadata, String prefix, ActionRow action, DailyDilemmaValues theories) {
        metadata.put(prefix + ".action_type", action.type());
        metadata.put(prefix + ".negative_consequence", action.row().get("negative_consequence"));
        metadata.put(prefix + ".values", MetadataLists.toJson(action.values()));
        if (!theories.isEmpty()) {
            for (String theory : DailyDilemmaValues.THEORIES) {
                // aligned with .values: the i-th category belongs to the i-th value, "" when unlisted
                List<String> categories = action.values().stream()
                        .map(v -> theories.category(v, theory))
                        .toList();
                metadata.put(prefix + ".values." + theory, MetadataLists.toJson(categories));
            }
        }
    }

    private static void putIfColumn(Map<String, String> metadata, CsvRow row, String column) {
        if (row.get(column) != null) {
            metadata.put(column, row.get(column));
        }
    }
}
