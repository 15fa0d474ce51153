package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * MoralChoice CSV (methods §6): one scenario per row, option A = action1, option B = action2, key = scenario_id;
 * ambiguity, generation type and rule, and the 20 Yes/No rule flags become metadata (flags normalised to Yes/No).
 */
public final class MoralChoiceFormat {

    /** The dataset name stored on every item. */
    public static final String NAME = "MoralChoice";

    /** The ten rules (Gert's common morality) flagged per action, as column suffixes. */
    public static final List<String> RULES = List.of(
            "death",
            "pain",
            "disable",
            "freedom",
            "pleasure",
            "deceive",
            "cheat",
            "break_promise",
            "break_law",
            "duty");

    private static final List<String> REQUIRED_TEXT =
            List.of("scenario_id", "ambiguity", "context", "action1", "action2");
    private static final List<String> DESCRIPTIVE = List.of("ambiguity", "generation_type", "generation_rule");

    private MoralChoiceFormat() {}

    /** Reads all scenarios or throws every problem found. */
    public static ChoiceDataset read(DatasetSource source, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        List<String> columns = new ArrayList<>(List.of(
                "scenario_id", "ambiguity", "generation_type", "generation_rule", "context", "action1", "action2"));
        columns.addAll(flagColumns());
        if (!table.requireColumns(columns, log)) {
            log.throwIfAny();
        }
        UniqueKeys keys = new UniqueKeys();
        List<ChoiceItem> items = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            ChoiceItem item = toItem(row, log);
            if (item != null && keys.claim(item.key(), source.name(), row.line(), "scenario_id", log)) {
                items.add(item);
            }
        }
        log.throwIfAny();
        return new ChoiceDataset(NAME, items);
    }

    /** {@code a1_death … a1_duty, a2_death … a2_duty}. */
    public static List<String> flagColumns() {
        List<String> flags = new ArrayList<>();
        for (String action : List.of("a1_", "a2_")) {
            RULES.forEach(rule -> flags.add(action + rule));
        }
        return flags;
    }

    private static ChoiceItem toItem(CsvRow row, ProblemLog log) {
        boolean complete = true;
        for (String column : REQUIRED_TEXT) {
            complete &= row.required(column, log) != null;
        }
        LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
        DESCRIPTIVE.forEach(column -> metadata.put(column, row.get(column)));
        for (String flag : flagColumns()) {
            String value = row.get(flag).strip();
            if (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("no")) {
                metadata.put(flag, value.equalsIgnoreCase("yes") ? "Yes" : "No");
            } else {
                log.add(row.problem(flag, "expected Yes or No, found '" + value + "'"));
                complete = false;
            }
        }
        return complete
                ? new ChoiceItem(
                        row.get("scenario_id").strip(),
                        row.get("context"),
                        row.get("action1"),
                        row.get("action2"),
                        metadata,
                        NAME)
                : null;
    }
}
