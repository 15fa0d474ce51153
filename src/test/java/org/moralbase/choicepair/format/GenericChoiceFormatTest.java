package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.Formats;
import org.moralbase.dataimport.format.ReleasedFiles;
import tools.jackson.databind.json.JsonMapper;

class GenericChoiceFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writtenCsvReadsBackEqual() {
        LinkedHashMap<String, String> meta = new LinkedHashMap<>();
        meta.put("author", "R. \"Quote\" Smith");
        meta.put("lang", "de");
        LinkedHashMap<String, String> other = new LinkedHashMap<>();
        other.put("lang", "fr");
        List<DatasetItem> original = List.of(
                new DatasetItem(
                        "x-1",
                        "Line one\r\nline two, with comma",
                        "<script>a</script>",
                        "Ä, ß, 日本",
                        meta,
                        "mine",
                        null),
                new DatasetItem("x-2", "", "only options", "second", other, "mine", null));

        String csv = GenericChoiceCsvWriter.write(original);
        List<DatasetItem> read = Formats.read(Formats.GENERIC_CSV, DatasetSource.ofText("mine.csv", csv));

        assertThat(read)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record")
                .isEqualTo(original);
        assertThat(read.get(1).metadata().keySet()).containsExactly("lang"); // empty author cell dropped
    }

    @Test
    void readsJsonLinesWithNumericIdsDefaultKeysAndExtraFields() {
        List<DatasetItem> items = Formats.read(Formats.GENERIC_JSONL, source("generic_good.jsonl"));

        assertThat(items.get(0))
                .usingRecursiveComparison()
                .ignoringFields("record")
                .isEqualTo(new DatasetItem(
                        "7",
                        "A <i>context</i>",
                        "Help",
                        "Wait",
                        new LinkedHashMap<>(Map.of("source_url", "https://example.org", "difficulty", "2")),
                        "generic_good",
                        null));
        assertThat(items.get(0).metadata().keySet()).containsExactly("source_url", "difficulty");
        assertThat(items.get(1))
                .usingRecursiveComparison()
                .ignoringFields("record")
                .isEqualTo(new DatasetItem("2", "", "Go", "Stay", new LinkedHashMap<>(), "generic_good", null));
    }

    @Test
    void theDatasetIsNamedAfterTheFileAndEachRecordIsKeptAsItStands() {
        List<DatasetItem> csv = Formats.read(Formats.GENERIC_CSV, ReleasedFiles.genericCsv());
        List<DatasetItem> jsonl = Formats.read(Formats.GENERIC_JSONL, ReleasedFiles.genericJsonLines());

        assertThat(csv).extracting(DatasetItem::key).containsExactly("p1", "p2", "p3");
        assertThat(csv).allSatisfy(i -> assertThat(i.dataset()).isEqualTo("my_pairs"));
        assertThat(csv.get(2).context()).isEqualTo("A friend, \"in need\".");
        assertThat(JSON.readTree(csv.get(1).record()).toString())
                .isEqualTo(
                        "[{\"id\":\"p2\",\"context\":\"\",\"option_a\":\"Tell the truth\",\"option_b\":\"Stay silent\","
                                + "\"topic\":\"\"}]");
        assertThat(jsonl).extracting(DatasetItem::key).containsExactly("7", "2");
        assertThat(JSON.readTree(jsonl.get(0).record()).get("difficulty").asInt())
                .isEqualTo(2);
    }

    @Test
    void reportsMissingColumnsEmptyOptionsAndDuplicateIds() {
        assertThat(problems(() -> Formats.read(
                        Formats.GENERIC_CSV, DatasetSource.ofText("g.csv", "id,context,option_b\n1,c,b\n"))))
                .containsExactly("g.csv: missing required column 'option_a'");
        String csv = "id,context,option_a,option_b\n1,c,a,b\n2,\"multi\nline\",,b\n1,c,a,b\n";
        assertThat(problems(() -> Formats.read(Formats.GENERIC_CSV, DatasetSource.ofText("g.csv", csv))))
                .containsExactly(
                        "g.csv line 3, field option_a: is empty",
                        "g.csv line 5, field id: duplicate item key '1', first at line 2");
    }
}
