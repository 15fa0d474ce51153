package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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
import org.moralbase.dataimport.text.JsonFields;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;

/**
 * The generic binary-choice format, as CSV ({@link GenericCsvFormat}) or JSON Lines ({@link GenericJsonLinesFormat}):
 * {@code context, option_a, option_b}, an optional {@code id} (else the key is the 1-based record number) and any
 * further fields as metadata. Context may be empty; options may not. Empty metadata values are dropped, so writing and
 * reading back gives equal items. The dataset is named after the file. A fallback: detection takes it only when no
 * dataset's own format recognises the file.
 */
public abstract sealed class GenericChoiceFormat extends BaseChoicePairFormat
        permits GenericCsvFormat, GenericJsonLinesFormat {

    static final String ID = "id";
    static final String CONTEXT = "context";
    static final String OPTION_A = "option_a";
    static final String OPTION_B = "option_b";
    static final Set<String> CORE = Set.of(ID, CONTEXT, OPTION_A, OPTION_B);

    GenericChoiceFormat(String id, String label, FileShape shape, String signature) {
        super(
                id,
                label,
                shape,
                signature,
                new DistributionFile("generic", "Generic (CSV, by id)", FileShape.CSV),
                DistributionWriter::generic);
    }

    @Override
    public boolean detect(FileSample sample) {
        return sample.has(shape(), OPTION_A, OPTION_B);
    }

    @Override
    public boolean fallback() {
        return true;
    }

    /** Reads every record or throws every problem found; takes no companion file. */
    @Override
    public List<DatasetItem> read(DatasetSource source, DatasetSource companion, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        String dataset = source.name().replaceFirst("\\.[^.]*$", "");
        String text = Utf8Text.decode(source, limits, log);
        List<DatasetItem> items = shape() == FileShape.CSV
                ? readCsv(dataset, source.name(), text, limits, log)
                : readJsonLines(dataset, source.name(), text, limits, log);
        log.throwIfAny();
        return items;
    }

    private static List<DatasetItem> readCsv(
            String dataset, String file, String text, ImportLimits limits, ProblemLog log) {
        CsvTable table = CsvReader.read(file, text, limits, log);
        if (!table.requireColumns(List.of(CONTEXT, OPTION_A, OPTION_B), log)) {
            log.throwIfAny();
        }
        boolean hasId = table.header().contains(ID);
        UniqueKeys keys = new UniqueKeys();
        List<DatasetItem> items = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            CsvRow row = table.rows().get(i);
            String key = hasId ? row.required(ID, log) : String.valueOf(i + 1);
            String a = row.required(OPTION_A, log);
            String b = row.required(OPTION_B, log);
            if (key == null || a == null || b == null || !keys.claim(key, file, row.line(), ID, log)) {
                continue;
            }
            LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
            row.values().forEach((column, value) -> {
                if (!CORE.contains(column) && !value.isEmpty()) {
                    metadata.put(column, value);
                }
            });
            items.add(
                    new DatasetItem(key, row.get(CONTEXT), a, b, metadata, dataset, SourceRecord.ofRows(List.of(row))));
        }
        return items;
    }

    private static List<DatasetItem> readJsonLines(
            String dataset, String file, String text, ImportLimits limits, ProblemLog log) {
        List<JsonRow> rows = JsonReader.readLines(file, text, limits, log);
        UniqueKeys keys = new UniqueKeys();
        List<DatasetItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonRow row = rows.get(i);
            JsonFields fields = row.fields(log);
            String key = fields.raw(ID) == null ? String.valueOf(i + 1) : fields.id(ID);
            String context = contextText(fields);
            String a = fields.text(OPTION_A);
            String b = fields.text(OPTION_B);
            if (key == null
                    || context == null
                    || a == null
                    || b == null
                    || !keys.claim(key, file, row.line(), ID, log)) {
                continue;
            }
            LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
            for (String name : fields.names()) {
                String value = fields.raw(name) == null ? "" : JsonFields.asText(fields.raw(name));
                if (!CORE.contains(name) && !value.isEmpty()) {
                    metadata.put(name, value);
                }
            }
            items.add(new DatasetItem(key, context, a, b, metadata, dataset, SourceRecord.ofJson(row.node())));
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
}
