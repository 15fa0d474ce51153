package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.moralbase.choicepair.DistributionFile;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
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
 * MoralChoice CSV (methods §6), low- and high-ambiguity files alike: one scenario per row, option A = action1, option
 * B = action2, key = scenario_id; ambiguity, generation type and rule, and the 20 rule flags become metadata. A flag
 * is {@code Yes}, {@code No} or, in the high-ambiguity file, {@code No Agreement} (the annotators disagreed), kept as
 * its own value; case and spacing are normalised.
 */
@Component
public final class MoralChoiceFormat extends BaseChoicePairFormat {

    /** The format's id, stored with every item. */
    public static final String ID = "MORAL_CHOICE";

    /** The dataset name stored on every item. */
    public static final String NAME = "MoralChoice";

    /** The flag value of a rule the annotators did not agree on (high-ambiguity file). */
    public static final String NO_AGREEMENT = "No Agreement";

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

    private static final List<String> FLAG_VALUES = List.of("Yes", "No", NO_AGREEMENT);
    private static final List<String> REQUIRED_TEXT =
            List.of("scenario_id", "ambiguity", "context", "action1", "action2");
    private static final List<String> DESCRIPTIVE = List.of("ambiguity", "generation_type", "generation_rule");

    public MoralChoiceFormat() {
        super(
                ID,
                "MoralChoice (CSV)",
                FileShape.CSV,
                "the columns scenario_id, action1 and action2",
                new DistributionFile("moral-choice", "MoralChoice (CSV, by scenario_id)", FileShape.CSV),
                DistributionWriter::moralChoice);
    }

    @Override
    public boolean detect(FileSample sample) {
        return sample.has(FileShape.CSV, "scenario_id", "action1", "action2");
    }

    /** Reads all scenarios or throws every problem found; takes no companion file. */
    @Override
    public List<DatasetItem> read(DatasetSource source, DatasetSource companion, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        List<String> columns = new ArrayList<>(List.of(
                "scenario_id", "ambiguity", "generation_type", "generation_rule", "context", "action1", "action2"));
        columns.addAll(flagColumns());
        if (!table.requireColumns(columns, log)) {
            log.throwIfAny();
        }
        UniqueKeys keys = new UniqueKeys();
        List<DatasetItem> items = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            DatasetItem item = toItem(row, log);
            if (item != null && keys.claim(item.key(), source.name(), row.line(), "scenario_id", log)) {
                items.add(item);
            }
        }
        log.throwIfAny();
        return items;
    }

    /** {@code a1_death … a1_duty, a2_death … a2_duty}. */
    public static List<String> flagColumns() {
        List<String> flags = new ArrayList<>();
        for (String action : List.of("a1_", "a2_")) {
            RULES.forEach(rule -> flags.add(action + rule));
        }
        return flags;
    }

    private static DatasetItem toItem(CsvRow row, ProblemLog log) {
        boolean complete = true;
        for (String column : REQUIRED_TEXT) {
            complete &= row.required(column, log) != null;
        }
        LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
        DESCRIPTIVE.forEach(column -> metadata.put(column, row.get(column)));
        for (String flag : flagColumns()) {
            String value = flagValue(row.get(flag));
            if (value != null) {
                metadata.put(flag, value);
            } else {
                log.add(row.problem(
                        flag,
                        "expected Yes, No or No Agreement, found '"
                                + row.get(flag).strip() + "'"));
                complete = false;
            }
        }
        return complete
                ? new DatasetItem(
                        row.get("scenario_id").strip(),
                        row.get("context"),
                        row.get("action1"),
                        row.get("action2"),
                        metadata,
                        NAME,
                        SourceRecord.ofRows(List.of(row)))
                : null;
    }

    /** The flag as the release spells it, or null when it is none of the three. */
    private static String flagValue(String raw) {
        String spaced = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return FLAG_VALUES.stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).equals(spaced))
                .findFirst()
                .orElse(null);
    }
}
