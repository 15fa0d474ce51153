package org.moralbase.dataimport.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moralbase.dataimport.text.CsvText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes stored records back in their file's shape with labels added: CSV columns {@code label_<name>} after the
 * file's own columns (every row of a record carries its labels, both rows of a DailyDilemmas dilemma), or a JSON
 * field {@code labels: {name: label}} (null for no label). Everything else is as it was in the file, so the format's
 * reader takes the file back.
 */
final class RecordWriter {

    static final String LABEL_PREFIX = "label_";
    static final String LABELS_FIELD = "labels";

    private RecordWriter() {}

    static String write(FileShape shape, List<String> names, List<LabelledRecord> items) {
        return switch (shape) {
            case CSV -> csv(names, items);
            case JSON_LINES -> {
                StringBuilder out = new StringBuilder();
                items.forEach(i -> out.append(SourceRecord.JSON.writeValueAsString(withLabels(i, names)))
                        .append('\n'));
                yield out.toString();
            }
            case JSON_ARRAY -> {
                ArrayNode array = SourceRecord.JSON.createArrayNode();
                items.forEach(i -> array.add(withLabels(i, names)));
                yield SourceRecord.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
            }
        };
    }

    private static ObjectNode withLabels(LabelledRecord item, List<String> names) {
        ObjectNode node = (ObjectNode) SourceRecord.parse(item.record());
        ObjectNode labels = node.putObject(LABELS_FIELD);
        for (String name : names) {
            String label = item.labels().getOrDefault(name, "");
            if (label.isEmpty()) {
                labels.putNull(name);
            } else {
                labels.put(name, label);
            }
        }
        return node;
    }

    private static String csv(List<String> names, List<LabelledRecord> items) {
        List<String> labelColumns = names.stream().map(c -> LABEL_PREFIX + c).toList();
        Set<String> columns = new LinkedHashSet<>();
        List<List<JsonNode>> rowsPerItem = new ArrayList<>();
        for (LabelledRecord item : items) {
            List<JsonNode> rows = new ArrayList<>();
            SourceRecord.parse(item.record()).forEach(rows::add);
            // a re-exported file's own label columns are replaced by the current labels
            rows.forEach(r -> r.propertyNames().forEach(c -> {
                if (!labelColumns.contains(c)) {
                    columns.add(c);
                }
            }));
            rowsPerItem.add(rows);
        }
        List<String> header = new ArrayList<>(columns);
        header.addAll(labelColumns);
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (JsonNode row : rowsPerItem.get(i)) {
                List<String> line = new ArrayList<>();
                columns.forEach(c -> line.add(row.has(c) ? row.get(c).asString() : ""));
                for (String name : names) {
                    line.add(items.get(i).labels().getOrDefault(name, ""));
                }
                lines.add(line);
            }
        }
        return CsvText.write(header, lines);
    }
}
