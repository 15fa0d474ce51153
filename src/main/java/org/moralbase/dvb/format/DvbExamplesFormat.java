package org.moralbase.dvb.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.JsonFields;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.dvb.DvbExample;
import org.moralbase.dvb.DvbExamples;
import org.moralbase.dvb.OptionLabel;

/**
 * Our per-test examples file (the DVB release does not fix one): a JSON array of {@code {"test_id": …,
 * "training_examples": [{"option_a": …, "option_b": …, "chosen": "Option A"}, …], "test_example":
 * {"option_a": …, "option_b": …}}}, one element per test_id.
 */
final class DvbExamplesFormat {

    private DvbExamplesFormat() {}

    /** Examples by test_id; problems go to {@code log}. */
    static Map<String, DvbExamples> read(DatasetSource source, ImportLimits limits, ProblemLog log) {
        List<JsonRow> rows = JsonReader.readArray(source.name(), Utf8Text.decode(source, limits, log), limits, log);
        Map<String, DvbExamples> byTest = new LinkedHashMap<>();
        Map<String, Integer> firstElement = new LinkedHashMap<>();
        for (JsonRow row : rows) {
            int before = log.size();
            JsonFields fields = row.fields(log);
            String testId = fields.id("test_id");
            List<DvbExample> training = training(fields);
            JsonFields test = fields.object("test_example");
            DvbExample testPair = test == null ? null : pair(test, false);
            if (log.size() > before) {
                continue;
            }
            Integer first = firstElement.putIfAbsent(testId, row.element());
            if (first != null) {
                log.add(row.problem("test_id", "duplicate test_id '" + testId + "', first at element " + first));
                continue;
            }
            byTest.put(testId, new DvbExamples(testId, training, testPair));
        }
        return byTest;
    }

    private static List<DvbExample> training(JsonFields fields) {
        var array = fields.array("training_examples");
        List<DvbExample> examples = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonFields element = fields.element("training_examples", array, i);
            if (element != null) {
                examples.add(pair(element, true));
            }
        }
        if (array != null && array.isEmpty()) {
            fields.problem("training_examples", "is empty");
        }
        return examples;
    }

    private static DvbExample pair(JsonFields fields, boolean answered) {
        String a = fields.text("option_a");
        String b = fields.text("option_b");
        OptionLabel chosen = null;
        if (answered) {
            chosen = DvbPromptFormat.label(fields, "chosen");
        } else if (fields.raw("chosen") != null) {
            fields.problem("chosen", "the test example must not record a choice");
        }
        return a == null || b == null || (answered && chosen == null) ? null : new DvbExample(a, b, chosen);
    }
}
