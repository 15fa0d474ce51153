package org.moralbase.dvb.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.JsonFields;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.dvb.DeepValues;
import org.moralbase.dvb.DvbContext;
import org.moralbase.dvb.DvbExamples;
import org.moralbase.dvb.DvbItem;
import org.moralbase.dvb.OptionLabel;
import org.moralbase.dvb.ShallowPreferences;

/** The released DVB prompt JSON: an array of prompt objects (methods §4), keyed by prompt_id. */
public final class DvbPromptFormat {

    private static final String[] PAIR_KEYS = {
        "preferred", "less_preferred", "preferred_definition", "less_preferred_definition"
    };

    private DvbPromptFormat() {}

    /** Reads every prompt; when {@code examples} is not null, attaches each test's examples by test_id. */
    public static List<DvbItem> read(DatasetSource prompts, DatasetSource examples, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        Map<String, DvbExamples> byTest = examples == null ? Map.of() : DvbExamplesFormat.read(examples, limits, log);
        List<JsonRow> rows = JsonReader.readArray(prompts.name(), Utf8Text.decode(prompts, limits, log), limits, log);
        Map<String, JsonRow> seen = new HashMap<>();
        List<DvbItem> items = new ArrayList<>();
        for (JsonRow row : rows) {
            DvbItem item = toItem(row, log);
            if (item == null) {
                continue;
            }
            JsonRow first = seen.putIfAbsent(item.promptId(), row);
            if (first != null) {
                log.add(row.problem(
                        "prompt_id",
                        "duplicate item key '" + item.promptId() + "', first at element " + first.element()));
                continue;
            }
            DvbExamples attached = byTest.get(item.testId());
            if (attached != null && attached.training().size() != item.nTrainingExamples()) {
                log.add(row.problem(
                        "n_training_examples",
                        "is " + item.nTrainingExamples() + " but the examples file has "
                                + attached.training().size() + " training examples for test_id '" + item.testId()
                                + "'"));
                continue;
            }
            items.add(attached == null ? item : item.withExamples(attached));
        }
        log.throwIfAny();
        return items;
    }

    private static DvbItem toItem(JsonRow row, ProblemLog log) {
        int before = log.size();
        JsonFields fields = row.fields(log);
        String promptId = fields.id("prompt_id");
        String testId = fields.id("test_id");
        String pair = fields.id("context_correlation_pair");
        Integer n = fields.integer("n_training_examples");
        if (n != null && n < 1) {
            fields.problem("n_training_examples", "must be positive, found " + n);
        }
        String testUid = fields.id("test_uid");
        String prompt = fields.text("prompt");
        String[] deep = fourTexts(fields.object("deep_values"));
        String[] shallow = fourTexts(fields.object("shallow_preferences"));
        JsonFields contextFields = fields.object("context");
        String contextName = contextFields == null ? null : contextFields.text("name");
        String activity = contextFields == null ? null : contextFields.text("activity");
        OptionLabel expected = label(fields, "expected_deep_value_choice");
        OptionLabel shallowChoice = label(fields, "shallow_preference_choice");
        if (expected != null && expected == shallowChoice) {
            fields.problem(
                    "shallow_preference_choice",
                    "must differ from expected_deep_value_choice, both are '" + expected.text() + "'");
        }
        if (log.size() > before) {
            return null;
        }
        return new DvbItem(
                promptId,
                testId,
                pair,
                n,
                testUid,
                prompt,
                new DeepValues(deep[0], deep[1], deep[2], deep[3]),
                new ShallowPreferences(shallow[0], shallow[1], shallow[2], shallow[3]),
                new DvbContext(contextName, activity),
                expected,
                shallowChoice,
                Optional.empty());
    }

    private static String[] fourTexts(JsonFields object) {
        String[] texts = new String[PAIR_KEYS.length];
        for (int i = 0; object != null && i < PAIR_KEYS.length; i++) {
            texts[i] = object.text(PAIR_KEYS[i]);
        }
        return texts;
    }

    static OptionLabel label(JsonFields fields, String name) {
        String text = fields.text(name);
        if (text == null) {
            return null;
        }
        try {
            return OptionLabel.parse(text);
        } catch (IllegalArgumentException e) {
            fields.problem(name, e.getMessage());
            return null;
        }
    }
}
