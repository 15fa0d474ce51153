package org.moralbase.annotation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes stored source records back in their format with the final labels added: CSV columns {@code
 * label_<question>} after the file's own columns (a DailyDilemmas dilemma's labels on both its rows), or a JSON
 * field {@code labels: {question: label}} (null for no label). Everything else is as it was in the file.
 */
final class SourceFormatWriter {

    static final String LABEL_PREFIX = "label_";
    static final String LABELS_FIELD = "labels";

    /**
     * One item's stored record and its final labels.
     *
     * @param record the record as stored at import (see {@link SourceRecords})
     * @param labels question code → final label, "" for none
     */
    record Labelled(String record, Map<String, String> labels) {}

    private SourceFormatWriter() {}

    static String write(SourceFormat format, List<String> codes, List<Labelled> items) {
        return switch (format.shape()) {
            case CSV -> csv(codes, items);
            case JSON_LINES -> {
                StringBuilder out = new StringBuilder();
                items.forEach(i -> out.append(SourceRecords.JSON.writeValueAsString(withLabels(i, codes)))
                        .append('\n'));
                yield out.toString();
            }
            case JSON_ARRAY -> {
                ArrayNode array = SourceRecords.JSON.createArrayNode();
                items.forEach(i -> array.add(withLabels(i, codes)));
                yield SourceRecords.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
            }
        };
    }

    private static ObjectNode withLabels(Labelled item, List<String> codes) {
        ObjectNode node = (ObjectNode) SourceRecords.parse(item.record());
        ObjectNode labels = node.putObject(LABELS_FIELD);
        for (String code : codes) {
            String label = item.labels().getOrDefault(code, "");
            if (label.isEmpty()) {
                labels.putNull(code);
            } else {
                labels.put(code, label);
            }
        }
        return node;
    }

    private static String csv(List<String> codes, List<Labelled> items) {
        List<String> labelColumns = codes.stream().map(c -> LABEL_PREFIX + c).toList();
        Set<String> columns = new LinkedHashSet<>();
        List<List<JsonNode>> rowsPerItem = new ArrayList<>();
        for (Labelled item : items) {
            List<JsonNode> rows = new ArrayList<>();
            SourceRecords.parse(item.record()).forEach(rows::add);
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
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (int i = 0; i < items.size(); i++) {
                for (JsonNode row : rowsPerItem.get(i)) {
                    List<String> record = new ArrayList<>();
                    columns.forEach(c -> record.add(row.has(c) ? row.get(c).asString() : ""));
                    for (String code : codes) {
                        record.add(items.get(i).labels().getOrDefault(code, ""));
                    }
                    printer.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
