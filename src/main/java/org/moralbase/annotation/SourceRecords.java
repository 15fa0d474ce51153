package org.moralbase.annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records of a file the importer has accepted, as they are in the file, in item order: a JSON object for
 * JSON formats; for CSV formats an array of rows (column → value; two rows for a DailyDilemmas dilemma). The
 * importers yield items in file order and reject a whole file on any problem, so the i-th record belongs to the
 * i-th item.
 */
final class SourceRecords {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private SourceRecords() {}

    /** One JSON text per item, in the importer's item order. */
    static List<String> read(SourceFormat format, DatasetSource file) {
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(file, limits, log);
        List<String> out = new ArrayList<>();
        switch (format.shape()) {
            case CSV -> {
                List<CsvRow> rows =
                        CsvReader.read(file.name(), text, limits, log).rows();
                if (format == SourceFormat.DAILY_DILEMMAS) {
                    // a dilemma's to_do and not_to_do rows, grouped by dilemma_idx in first-seen order
                    Map<String, ArrayNode> byIdx = new LinkedHashMap<>();
                    rows.forEach(r -> byIdx.computeIfAbsent(r.get("dilemma_idx").strip(), k -> JSON.createArrayNode())
                            .add(object(r)));
                    byIdx.values().forEach(a -> out.add(JSON.writeValueAsString(a)));
                } else {
                    rows.forEach(r -> out.add(
                            JSON.writeValueAsString(JSON.createArrayNode().add(object(r)))));
                }
            }
            case JSON_LINES ->
                JsonReader.readLines(file.name(), text, limits, log).stream()
                        .map(JsonRow::node)
                        .forEach(n -> out.add(JSON.writeValueAsString(n)));
            case JSON_ARRAY ->
                JsonReader.readArray(file.name(), text, limits, log).stream()
                        .map(JsonRow::node)
                        .forEach(n -> out.add(JSON.writeValueAsString(n)));
        }
        log.throwIfAny();
        return out;
    }

    private static ObjectNode object(CsvRow row) {
        ObjectNode node = JSON.createObjectNode();
        row.values().forEach(node::put);
        return node;
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
