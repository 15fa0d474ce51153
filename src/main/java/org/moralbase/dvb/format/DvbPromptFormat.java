package org.moralbase.dvb.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.format.BaseDatasetFormat;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.FileSample;
import org.moralbase.dataimport.format.FileShape;
import org.moralbase.dataimport.format.SourceRecord;
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
import org.springframework.stereotype.Component;

/**
 * The released DVB prompt JSON: an array of prompt objects (methods §4), keyed by prompt_id. Read as {@link DvbItem}s
 * for DVB studies, and as two-option items for any other importer (the registry of dataset formats): the test pair
 * as options A and B when the examples file is given, else the prompt itself with the options "Option A" and
 * "Option B".
 */
@Component
public final class DvbPromptFormat extends BaseDatasetFormat {

    /** The format's id, stored with every item. */
    public static final String ID = "DVB_PROMPTS";

    /** The dataset name stored on every item. */
    public static final String NAME = "DVB";

    private static final String[] PAIR_KEYS = {
        "preferred", "less_preferred", "preferred_definition", "less_preferred_definition"
    };

    /** One prompt and the object it was read from. */
    private record Prompt(JsonRow row, DvbItem item) {}

    public DvbPromptFormat() {
        super(
                ID,
                "DVB prompts (JSON)",
                FileShape.JSON_ARRAY,
                "a JSON array of objects with prompt_id, deep_values and shallow_preferences");
    }

    @Override
    public boolean detect(FileSample sample) {
        return sample.has(FileShape.JSON_ARRAY, "prompt_id", "deep_values", "shallow_preferences");
    }

    /** The prompts as two-option items, each with its object as the record; {@code examples} may be null. */
    @Override
    public List<DatasetItem> read(DatasetSource prompts, DatasetSource examples, ImportLimits limits) {
        return readPrompts(prompts, examples, limits).stream()
                .map(p -> asItem(p.item(), SourceRecord.ofJson(p.row().node())))
                .toList();
    }

    /** Reads every prompt; when {@code examples} is not null, attaches each test's examples by test_id. */
    public static List<DvbItem> prompts(DatasetSource prompts, DatasetSource examples, ImportLimits limits) {
        return readPrompts(prompts, examples, limits).stream().map(Prompt::item).toList();
    }

    private static List<Prompt> readPrompts(DatasetSource prompts, DatasetSource examples, ImportLimits limits) {
        ProblemLog log = new ProblemLog(limits);
        Map<String, DvbExamples> byTest = examples == null ? Map.of() : DvbExamplesFormat.read(examples, limits, log);
        List<JsonRow> rows = JsonReader.readArray(prompts.name(), Utf8Text.decode(prompts, limits, log), limits, log);
        Map<String, JsonRow> seen = new HashMap<>();
        List<Prompt> items = new ArrayList<>();
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
            items.add(new Prompt(row, attached == null ? item : item.withExamples(attached)));
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

    /**
     * A prompt as a two-option item: v1/v2/s1/s2 with definitions as metadata, the release's expected choice, and
     * {@code gold_choice} (C1 = option A): an annotation project's question "choice" takes it as its gold answer.
     */
    private static DatasetItem asItem(DvbItem d, String record) {
        SequencedMap<String, String> meta = new LinkedHashMap<>();
        meta.put("v1", d.deepValues().preferred());
        meta.put("v1_definition", d.deepValues().preferredDefinition());
        meta.put("v2", d.deepValues().lessPreferred());
        meta.put("v2_definition", d.deepValues().lessPreferredDefinition());
        meta.put("s1", d.shallowPreferences().preferred());
        meta.put("s2", d.shallowPreferences().lessPreferred());
        meta.put("n_training_examples", Integer.toString(d.nTrainingExamples()));
        meta.put("expected_deep_value_choice", d.expectedDeepValueChoice().text());
        meta.put("gold_choice", d.expectedDeepValueChoice() == OptionLabel.A ? "C1" : "C2");
        String context = "Context: " + d.context().name() + " — " + d.context().activity()
                + ". The user prefers " + d.deepValues().preferred() + " over "
                + d.deepValues().lessPreferred() + ".";
        return d.examples()
                .map(e -> new DatasetItem(
                        d.promptId(), context, e.test().optionA(), e.test().optionB(), meta, NAME, record))
                .orElseGet(() -> new DatasetItem(
                        d.promptId(), context + "\n\n" + d.prompt(), "Option A", "Option B", meta, NAME, record));
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
