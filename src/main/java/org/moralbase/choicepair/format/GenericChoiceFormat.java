package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moralbase.choicepair.ChoiceDataset;
import org.moralbase.choicepair.ChoiceItem;
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

/**
 * The generic binary-choice format: CSV or JSON Lines with {@code context, option_a, option_b}, an optional
 * {@code id} (else the key is the 1-based record number) and any further fields as metadata. Context may be
 * empty; options may not. Empty metadata values are dropped, so writing and reading back gives equal items.
 */
public final class GenericChoiceFormat {

    static final String ID = "id";
    static final String CONTEXT = "context";
    static final String OPTION_A = "option_a";
    static final String OPTION_B = "option_b";
    static final Set<String> CORE = Set.of(ID, CONTEXT, OPTION_A, OPTION_B);

    private GenericChoiceFormat() {}

    /** Reads CSV ({@code .csv}) or JSON Lines ({@code .jsonl}, {@code .ndjson}), chosen by the file name. */
    public static ChoiceDataset read(String datasetName, DatasetSource source, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        String name = source.name().toLowerCase(Locale.ROOT);
        List<ChoiceItem> items;
        if (name.endsWith(".csv")) {
            items = readCsv(datasetName, source, limits, log);
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            items = readJsonLines(datasetName, source, limits, log);
        } else {
            throw log.fatal(ImportProblem.inFile(source.name(), null, "expected a .csv, .jsonl or .ndjson file"));
        }
        log.throwIfAny();
        return new ChoiceDataset(datasetName, items);
    }

    private static List<ChoiceItem> readCsv(String dataset, DatasetSource source, ImportLimits limits, ProblemLog log) {
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        if (!table.requireColumns(List.of(CONTEXT, OPTION_A, OPTION_B), log)) {
            log.throwIfAny();
        }
        boolean hasId = table.header().contains(ID);
        UniqueKeys keys = new UniqueKeys();
        List<ChoiceItem> items = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            CsvRow row = table.rows().get(i);
            String key = hasId ? row.required(ID, log) : String.valueOf(i + 1);
            String a = row.required(OPTION_A, log);
            String b = row.required(OPTION_B, log);
            if (key == null || a == null || b == null || !keys.claim(key, source.name(), row.line(), ID, log)) {
                continue;
            }
            LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
            row.values().forEach((column, value) -> {
                if (!CORE.contains(column) && !value.isEmpty()) {
                    metadata.put(column, value);
                }
            });
            items.add(new ChoiceItem(key, row.get(CONTEXT), a, b, metadata, dataset));
        }
        return items;
    }

    private static List<ChoiceItem> readJsonLines(
            String dataset, DatasetSource source, ImportLimits limits, ProblemLog log) {
        List<JsonRow> rows = JsonReader.readLines(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        UniqueKeys keys = new UniqueKeys();
        List<ChoiceItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonRow row = rows.get(i);
            JsonFields fields = row.fields(log);
            String key = fields.raw(ID) == null ? String.valueOf(i + 1) : idText(fields);
            String context = contextText(fields);
            String a = fields.text(OPTION_A);
            String b = fields.text(OPTION_B);
            if (key == null
                    || context == null
                    || a == null
                    || b == null
                    || !keys.claim(key, source.name(), row.line(), ID, log)) {
                continue;
            }
            LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
            for (String name : fields.names()) {
                String value = fields.raw(name) == null ? "" : JsonFields.asText(fields.raw(name));
                if (!CORE.contains(name) && !value.isEmpty()) {
                    metadata.put(name, value);
                }
            }
            items.add(new ChoiceItem(key, context, a, b, metadata, dataset));
        }
        return items;
    }

    // context may be empty or absent, unlike the options
    private static String contextText(JsonFields fields) {
        if (fields.raw(CONTEXT) == null) {
            return "";
        }
        if (!fields.raw(CONTEXT).isString()) {
            fields.problem(CONTEXT, "must be a string");
            return null;
        }
        return fields.raw(CONTEXT).asString();
    }

    // ids may be numbers in JSON; "7" and 7 name the same item
    private static String idText(JsonFields fields) {
        if (fields.raw(ID).isIntegralNumber()) {
            return fields.raw(ID).asString();
        }
        return fields.text(ID);
    }
}
