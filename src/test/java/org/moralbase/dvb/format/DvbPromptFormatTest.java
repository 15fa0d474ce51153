package org.moralbase.dvb.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.ReleasedFiles;
import tools.jackson.databind.json.JsonMapper;

/** The released prompt JSON read as two-option items, as any feature but DVB studies takes it. */
class DvbPromptFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DvbPromptFormat format = new DvbPromptFormat();

    @Test
    void withoutExamplesThePromptIsTheContextAndTheOptionsAreItsLabels() {
        List<DatasetItem> items = format.read(ReleasedFiles.dvbPrompts(), null, ImportLimits.withDefaults());

        assertThat(items).extracting(DatasetItem::key).containsExactly("p-1", "2");
        DatasetItem first = items.getFirst();
        assertThat(first.optionA()).isEqualTo("Option A");
        assertThat(first.optionB()).isEqualTo("Option B");
        assertThat(first.context())
                .startsWith("Context: healthcare — scheduling appointments. The user prefers fidelity over justice.")
                .endsWith("A user chose...\nWhich option would the user choose?");
        assertThat(first.dataset()).isEqualTo("DVB");
        assertThat(first.metadata())
                .containsEntry("v1", "fidelity")
                .containsEntry("s2", "Serious")
                .containsEntry("expected_deep_value_choice", "Option B")
                .containsEntry("gold_choice", "C2");
        assertThat(JSON.readTree(first.record()).get("test_uid").asString()).isEqualTo("u-1");
        assertThat(items.get(1).metadata()).containsEntry("gold_choice", "C1");
    }

    @Test
    void withExamplesTheTestPairIsTheOptions() {
        DatasetItem first = format.read(
                        source("dvb_prompts.json"), source("dvb_examples.json"), ImportLimits.withDefaults())
                .getFirst();

        assertThat(first.optionA()).isEqualTo("Fair split, jokes");
        assertThat(first.optionB()).isEqualTo("Keeps promise, serious");
        assertThat(first.context()).doesNotContain("Which option");
    }
}
