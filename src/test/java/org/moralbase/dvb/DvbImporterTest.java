package org.moralbase.dvb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import java.util.List;
import org.junit.jupiter.api.Test;

class DvbImporterTest {

    private final DvbImporter importer = DvbImporter.withDefaults();

    @Test
    void readsPromptsFieldByField() {
        List<DvbItem> items = importer.prompts(source("dvb_prompts.json"));

        assertThat(items).hasSize(2);
        DvbItem first = items.get(0);
        assertThat(first.promptId()).isEqualTo("p-1");
        assertThat(first.testId()).isEqualTo("t-1");
        assertThat(first.contextCorrelationPair()).isEqualTo("healthcare|humor");
        assertThat(first.nTrainingExamples()).isEqualTo(4);
        assertThat(first.testUid()).isEqualTo("u-1");
        assertThat(first.prompt()).isEqualTo("A user chose...\nWhich option would the user choose?");
        assertThat(first.deepValues())
                .isEqualTo(new DeepValues("fidelity", "justice", "Keep promises.", "Distribute fairly."));
        assertThat(first.shallowPreferences())
                .isEqualTo(new ShallowPreferences("Humorous", "Serious", "Jokes.", "No jokes."));
        assertThat(first.context()).isEqualTo(new DvbContext("healthcare", "scheduling appointments"));
        assertThat(first.expectedDeepValueChoice()).isEqualTo(OptionLabel.B);
        assertThat(first.shallowPreferenceChoice()).isEqualTo(OptionLabel.A);
        assertThat(first.examples()).isEmpty();
        DvbItem second = items.get(1);
        assertThat(second.promptId()).isEqualTo("2"); // numeric id kept as text
        assertThat(second.nTrainingExamples()).isEqualTo(20); // quoted number accepted
        assertThat(second.expectedDeepValueChoice()).isEqualTo(OptionLabel.A);
    }

    @Test
    void attachesExamplesByTestId() {
        List<DvbItem> items = importer.prompts(source("dvb_prompts.json"), source("dvb_examples.json"));

        DvbExamples examples = items.get(0).examples().orElseThrow();
        assertThat(examples.training()).hasSize(4);
        assertThat(examples.training().get(1))
                .isEqualTo(new DvbExample("Fair split, serious", "Keeps promise, jokes", OptionLabel.B));
        assertThat(examples.test()).isEqualTo(new DvbExample("Fair split, jokes", "Keeps promise, serious", null));
        assertThat(items.get(1).examples()).isEmpty();
    }

    @Test
    void reportsPromptProblemsWithElementIndexAndLine() {
        assertThat(problems(() -> importer.prompts(source("dvb_prompts_broken.json"))))
                .containsExactly(
                        "dvb_prompts_broken.json element 0 (line 2), field deep_values.preferred_definition: is empty",
                        "dvb_prompts_broken.json element 0 (line 2), field context.activity: is missing",
                        "dvb_prompts_broken.json element 0 (line 2), field expected_deep_value_choice: expected 'Option A' or "
                                + "'Option B', found 'Option C'",
                        "dvb_prompts_broken.json element 1 (line 11), field n_training_examples: must be an integer, found "
                                + "a string 'four'",
                        "dvb_prompts_broken.json element 1 (line 11), field shallow_preference_choice: must differ from "
                                + "expected_deep_value_choice, both are 'Option A'");
    }

    @Test
    void rejectsExamplesWhoseCountDisagreesWithThePrompt() {
        var examples = org.moralbase.dataimport.DatasetSource.ofText("ex.json", """
                [{"test_id": "t-2", "training_examples": [{"option_a": "a", "option_b": "b", "chosen": "Option A"}],
                  "test_example": {"option_a": "c", "option_b": "d"}}]
                """);
        assertThat(problems(() -> importer.prompts(source("dvb_prompts.json"), examples)))
                .containsExactly(
                        "dvb_prompts.json element 1 (line 17), field n_training_examples: is 20 but the examples file has 1 "
                                + "training examples for test_id 't-2'");
    }

    @Test
    void readsCsvResultsWithUnparseableAnswers() {
        List<DvbResult> results = importer.results(source("dvb_results.csv"));

        assertThat(results)
                .extracting(DvbResult::generalization)
                .containsExactly(
                        Generalization.GENERALIZED, Generalization.NOT_GENERALIZED, Generalization.UNPARSEABLE);
        DvbResult first = results.get(0);
        assertThat(first.promptId()).isEqualTo("p-1");
        assertThat(first.model()).isEqualTo("gpt-x");
        assertThat(first.rawResponse()).isEqualTo("I pick\nOption B");
        assertThat(first.modelChoice()).isEqualTo("Option B");
        assertThat(first.success()).isTrue();
        assertThat(first.other()).containsExactly(java.util.Map.entry("temperature", "0.0"));
        assertThat(results.get(2).success()).isFalse();
        assertThat(results.get(2).modelChoice()).isEmpty();
    }

    @Test
    void readsJsonLinesResultsAndReportsBadValues() {
        var good = org.moralbase.dataimport.DatasetSource.ofText(
                "r.jsonl", String.join("\n", java.util.Arrays.copyOf(fixtureLines(), 3)));
        assertThat(importer.results(good))
                .extracting(DvbResult::generalization)
                .containsExactly(Generalization.GENERALIZED, Generalization.UNPARSEABLE, Generalization.UNPARSEABLE);
        assertThat(importer.results(good).get(1).promptId()).isEqualTo("2");

        assertThat(problems(() -> importer.results(source("dvb_results.jsonl"))))
                .containsExactly(
                        "dvb_results.jsonl line 4, field model: is empty",
                        "dvb_results.jsonl line 4, field generalized_deep_value: expected true, false or empty, found 'maybe'",
                        "dvb_results.jsonl line 4, field success: expected true or false, found 'yes'");
    }

    private static String[] fixtureLines() {
        return new String(source("dvb_results.jsonl").content(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
    }
}
