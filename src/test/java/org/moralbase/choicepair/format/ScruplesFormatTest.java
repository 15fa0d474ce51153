package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.Formats;
import org.moralbase.dataimport.format.ReleasedFiles;
import tools.jackson.databind.json.JsonMapper;

class ScruplesFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void mapsGoldLabelOneToBAndZeroToA() {
        List<DatasetItem> items = Formats.read(Formats.SCRUPLES, source("scruples_good.jsonl"));

        assertThat(items).extracting(DatasetItem::key).containsExactly("s1", "s2");
        assertThat(items.get(0).optionA()).isEqualTo("taking the last cookie");
        assertThat(items.get(0).optionB()).isEqualTo("lying to a friend");
        assertThat(items.get(0).context()).isEmpty();
        assertThat(items.get(0).metadata())
                .containsExactly(
                        java.util.Map.entry("gold_less_ethical", "B"),
                        java.util.Map.entry("gold_annotations.A", "1"),
                        java.util.Map.entry("gold_annotations.B", "4"));
        assertThat(items.get(1).metadata())
                .containsEntry("gold_less_ethical", "A")
                .containsEntry("gold_annotations.A", "5");
    }

    @Test
    void reportsStructureLabelDirectionAndDuplicates() {
        List<String> messages = problems(() -> Formats.read(Formats.SCRUPLES, source("scruples_broken.jsonl")));

        assertThat(messages.get(0))
                .isEqualTo("scruples_broken.jsonl line 4: is not valid JSON: unexpected word 'oops' (text must be in"
                        + " double quotes) at column 2");
        assertThat(messages.subList(1, messages.size()))
                .containsExactly(
                        "scruples_broken.jsonl line 1, field actions: expected exactly 2 entries, found 1",
                        "scruples_broken.jsonl line 2, field gold_label: is 0 but gold_annotations [1, 4] judge action 1 "
                                + "less ethical; check which way the label points",
                        "scruples_broken.jsonl line 3, field actions[1].description: is empty",
                        "scruples_broken.jsonl line 3, field gold_label: expected 0 or 1, found 2",
                        "scruples_broken.jsonl line 7, field id: duplicate item key 's1', first at line 6");
    }

    @Test
    void readsTheReleasedShapeAndKeepsEachRecordVerbatim() {
        List<DatasetItem> items = Formats.read(Formats.SCRUPLES, ReleasedFiles.scruples());

        assertThat(items).extracting(DatasetItem::key).containsExactly("dRbU7nGJ", "kQ3xW9p0", "Zt8sYv2L");
        assertThat(items.get(2).optionB()).isEqualTo("skipping a funeral");
        assertThat(items.get(2).metadata()).containsEntry("gold_less_ethical", "B");
        String firstLine = new String(ReleasedFiles.scruples().content(), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        assertThat(JSON.readTree(items.get(0).record())).isEqualTo(JSON.readTree(firstLine));
        assertThat(items).allSatisfy(i -> assertThat(i.dataset()).isEqualTo("Scruples"));
    }
}
