package org.moralbase.dataimport.format;

import java.util.List;
import org.moralbase.dataimport.text.CsvRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An item's record as it stands in its file, kept as JSON text so that the file can be written back: a JSON format's
 * object as it is; a CSV format's rows as an array of objects (column → value, in header order), two rows for a
 * DailyDilemmas dilemma.
 */
public final class SourceRecord {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private SourceRecord() {}

    /** The CSV rows of one item, in file order. */
    public static String ofRows(List<CsvRow> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (CsvRow row : rows) {
            ObjectNode object = array.addObject();
            row.values().forEach(object::put);
        }
        return JSON.writeValueAsString(array);
    }

    /** One JSON object of a JSON Lines file or a JSON array. */
    public static String ofJson(JsonNode object) {
        return JSON.writeValueAsString(object);
    }

    static JsonNode parse(String record) {
        return JSON.readTree(record);
    }
}
