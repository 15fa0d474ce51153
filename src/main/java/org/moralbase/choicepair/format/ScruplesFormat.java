package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.moralbase.choicepair.DistributionFile;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.FileSample;
import org.moralbase.dataimport.format.FileShape;
import org.moralbase.dataimport.format.SourceRecord;
import org.moralbase.dataimport.text.JsonFields;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Scruples dilemmas JSONL (methods §6). Option A = actions[0], option B = actions[1]; context is empty. In the
 * Scruples release {@code gold_label} is the index of the action judged LESS ethical and {@code
 * gold_annotations[i]} counts annotators who judged action i less ethical; we store {@code gold_less_ethical} =
 * A (label 0) or B (label 1) and reject a label that contradicts a strict annotation majority.
 */
@Component
public final class ScruplesFormat extends BaseChoicePairFormat {

    /** The format's id, stored with every item. */
    public static final String ID = "SCRUPLES";

    /** The dataset name stored on every item. */
    public static final String NAME = "Scruples";

    public ScruplesFormat() {
        super(
                ID,
                "Scruples dilemmas (JSONL)",
                FileShape.JSON_LINES,
                "the fields id and actions (an array of two actions with a description)",
                new DistributionFile("scruples", "Scruples (JSONL, by id)", FileShape.JSON_LINES),
                DistributionWriter::scruples);
    }

    @Override
    public boolean detect(FileSample sample) {
        return sample.has(FileShape.JSON_LINES, "id", "actions") && sample.isArray("actions");
    }

    /** Reads all dilemmas or throws every problem found; takes no companion file. */
    @Override
    public List<DatasetItem> read(DatasetSource source, DatasetSource companion, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        List<JsonRow> rows = JsonReader.readLines(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        UniqueKeys keys = new UniqueKeys();
        List<DatasetItem> items = new ArrayList<>();
        for (JsonRow row : rows) {
            DatasetItem item = toItem(row, log);
            if (item != null && keys.claim(item.key(), source.name(), row.line(), "id", log)) {
                items.add(item);
            }
        }
        log.throwIfAny();
        return items;
    }

    private static DatasetItem toItem(JsonRow row, ProblemLog log) {
        int before = log.size();
        JsonFields fields = row.fields(log);
        String id = fields.text("id");
        List<String> actions = descriptions(fields);
        List<Integer> annotations = counts(fields);
        Integer label = fields.integer("gold_label");
        if (label != null && label != 0 && label != 1) {
            fields.problem("gold_label", "expected 0 or 1, found " + label);
        }
        if (log.size() > before) {
            return null;
        }
        int other = 1 - label;
        if (annotations.get(other) > annotations.get(label)) {
            fields.problem(
                    "gold_label",
                    "is " + label + " but gold_annotations " + annotations + " judge action " + other
                            + " less ethical; check which way the label points");
            return null;
        }
        LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
        metadata.put("gold_less_ethical", label == 0 ? "A" : "B");
        metadata.put("gold_annotations.A", annotations.get(0).toString());
        metadata.put("gold_annotations.B", annotations.get(1).toString());
        return new DatasetItem(id, "", actions.get(0), actions.get(1), metadata, NAME, SourceRecord.ofJson(row.node()));
    }

    /** The two action descriptions, or null after logging. */
    private static List<String> descriptions(JsonFields fields) {
        JsonNode array = twoEntries(fields, "actions");
        if (array == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonFields action = fields.element("actions", array, i);
            out.add(action == null ? null : action.text("description"));
        }
        return out;
    }

    /** The two annotation counts, or null after logging. */
    private static List<Integer> counts(JsonFields fields) {
        JsonNode array = twoEntries(fields, "gold_annotations");
        if (array == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode count = array.get(i);
            if (count.isIntegralNumber() && count.canConvertToInt() && count.intValue() >= 0) {
                out.add(count.intValue());
            } else {
                fields.problem(
                        "gold_annotations[" + i + "]",
                        "expected a non-negative integer, found " + JsonFields.asText(count));
                out.add(null);
            }
        }
        return out;
    }

    private static JsonNode twoEntries(JsonFields fields, String name) {
        JsonNode array = fields.array(name);
        if (array != null && array.size() != 2) {
            fields.problem(name, "expected exactly 2 entries, found " + array.size());
            return null;
        }
        return array;
    }
}
