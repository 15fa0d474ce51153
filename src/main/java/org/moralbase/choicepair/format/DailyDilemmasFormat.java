package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.moralbase.choicepair.DistributionFile;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.FileSample;
import org.moralbase.dataimport.format.FileShape;
import org.moralbase.dataimport.format.SourceRecord;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;
import org.springframework.stereotype.Component;

/**
 * DailyDilemmas CSV (methods §6): two rows per dilemma, one {@code to_do} and one {@code not_to_do}, paired into one
 * item with option A = to_do and option B = not_to_do; the key is the dilemma's index. Both released variants are
 * taken: the dataset's ({@code dilemma_idx}, {@code values_aggregated}) and the GitHub release's ({@code idx}, maybe
 * without {@code values_aggregated}: the value lists are then empty).
 */
@Component
public final class DailyDilemmasFormat extends BaseChoicePairFormat {

    /** The format's id, stored with every item. */
    public static final String ID = "DAILY_DILEMMAS";

    /** The dataset name stored on every item. */
    public static final String NAME = "DailyDilemmas";

    static final String IDX = "dilemma_idx";
    static final String RELEASE_IDX = "idx";
    static final String TYPE = "action_type";
    static final String SITUATION = "dilemma_situation";
    static final String VALUES = "values_aggregated";
    static final List<String> TEXTS = List.of("basic_situation", SITUATION, TYPE, "action", "negative_consequence");

    /**
     * The columns a file names: which one holds the dilemma's index, and whether the value lists are there.
     *
     * @param key {@code dilemma_idx}, or {@code idx} in the GitHub release
     * @param values whether the file has {@code values_aggregated}
     */
    record Columns(String key, boolean values) {

        static Columns of(List<String> header) {
            String key = header.contains(IDX) || !header.contains(RELEASE_IDX) ? IDX : RELEASE_IDX;
            return new Columns(key, header.contains(VALUES));
        }
    }

    public DailyDilemmasFormat() {
        super(
                ID,
                "DailyDilemmas (CSV)",
                FileShape.CSV,
                "the columns dilemma_idx (or idx), action_type and action",
                new DistributionFile(
                        "daily-dilemmas", "DailyDilemmas (CSV, by dilemma_idx and action_type)", FileShape.CSV),
                DistributionWriter::dailyDilemmas);
    }

    @Override
    public boolean detect(FileSample sample) {
        return (sample.has(FileShape.CSV, IDX) || sample.has(FileShape.CSV, RELEASE_IDX))
                && sample.has(FileShape.CSV, TYPE, "action");
    }

    /** Reads the dilemmas and, when {@code values} (values.csv) is not null, attaches each value's theory categories. */
    @Override
    public List<DatasetItem> read(DatasetSource dilemmas, DatasetSource values, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        DailyDilemmaValues theories =
                values == null ? DailyDilemmaValues.empty() : DailyDilemmaValues.read(values, limits, log);
        CsvTable table = CsvReader.read(dilemmas.name(), Utf8Text.decode(dilemmas, limits, log), limits, log);
        Columns columns = Columns.of(table.header());
        boolean complete = table.header().contains(columns.key());
        if (!complete) {
            log.add(ImportProblem.inFile(
                    dilemmas.name(),
                    null,
                    "missing required column 'dilemma_idx' (or 'idx', as in the GitHub release)"));
        }
        if (!table.requireColumns(TEXTS, log) || !complete) {
            log.throwIfAny();
        }
        Map<String, DilemmaRows> byIdx = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            ActionRow action = ActionRow.parse(row, columns, log);
            if (action != null) {
                byIdx.computeIfAbsent(action.idx(), idx -> new DilemmaRows(idx, columns.key()))
                        .add(action, log);
            }
        }
        byIdx.values().forEach(rows -> rows.check(log));
        log.throwIfAny();
        List<DatasetItem> items = new ArrayList<>();
        for (DilemmaRows rows : byIdx.values()) {
            items.add(toItem(rows.toDo(), rows.notToDo(), theories));
        }
        return items;
    }

    private static DatasetItem toItem(ActionRow toDo, ActionRow notToDo, DailyDilemmaValues theories) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("basic_situation", toDo.row().get("basic_situation"));
        putIfColumn(metadata, toDo.row(), "topic");
        putIfColumn(metadata, toDo.row(), "topic_group");
        putOption(metadata, "option_a", toDo, theories);
        putOption(metadata, "option_b", notToDo, theories);
        List<CsvRow> inFileOrder = Stream.of(toDo.row(), notToDo.row())
                .sorted(Comparator.comparingInt(CsvRow::line))
                .toList();
        return new DatasetItem(
                toDo.idx(),
                toDo.row().get(SITUATION),
                toDo.row().get("action"),
                notToDo.row().get("action"),
                new LinkedHashMap<>(metadata),
                NAME,
                SourceRecord.ofRows(inFileOrder));
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
