package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.choicepair.ChoiceDataset;
import org.moralbase.choicepair.ChoiceImporter;
import org.moralbase.choicepair.ChoiceItem;
import org.moralbase.dataimport.DatasetSource;

class GenericChoiceFormatTest {

    private final ChoiceImporter importer = ChoiceImporter.withDefaults();

    @Test
    void writtenCsvReadsBackEqual() {
        LinkedHashMap<String, String> meta = new LinkedHashMap<>();
        meta.put("author", "R. \"Quote\" Smith");
        meta.put("lang", "de");
        LinkedHashMap<String, String> other = new LinkedHashMap<>();
        other.put("lang", "fr");
        ChoiceDataset original = new ChoiceDataset(
                "mine",
                List.of(
                        new ChoiceItem(
                                "x-1",
                                "Line one\r\nline two, with comma",
                                "<script>a</script>",
                                "Ä, ß, 日本",
                                meta,
                                "mine"),
                        new ChoiceItem("x-2", "", "only options", "second", other, "mine")));

        String csv = GenericChoiceCsvWriter.write(original);
        ChoiceDataset read = importer.generic("mine", DatasetSource.ofText("mine.csv", csv));

        assertThat(read).isEqualTo(original);
        assertThat(read.items().get(1).metadata().keySet()).containsExactly("lang"); // empty author cell dropped
    }

    @Test
    void readsJsonLinesWithNumericIdsDefaultKeysAndExtraFields() {
        List<ChoiceItem> items =
                importer.generic("g", source("generic_good.jsonl")).items();

        assertThat(items.get(0))
                .isEqualTo(new ChoiceItem(
                        "7",
                        "A <i>context</i>",
                        "Help",
                        "Wait",
                        new LinkedHashMap<>(java.util.Map.of("source_url", "https://example.org", "difficulty", "2")),
                        "g"));
        assertThat(items.get(0).metadata().keySet()).containsExactly("source_url", "difficulty");
        assertThat(items.get(1)).isEqualTo(new ChoiceItem("2", "", "Go", "Stay", new LinkedHashMap<>(), "g"));
    }

    @Test
    void reportsMissingColumnsEmptyOptionsAndDuplicateIds() {
        assertThat(problems(() -> importer.generic("g", DatasetSource.ofText("g.csv", "id,context,option_b\n1,c,b\n"))))
                .containsExactly("g.csv: missing required column 'option_a'");
        String csv = "id,context,option_a,option_b\n1,c,a,b\n2,\"multi\nline\",,b\n1,c,a,b\n";
        assertThat(problems(() -> importer.generic("g", DatasetSource.ofText("g.csv", csv))))
                .containsExactly(
                        "g.csv line 3, field option_a: is empty",
                        "g.csv line 5, field id: duplicate item key '1', first at line 2");
        assertThat(problems(() -> importer.generic("g", DatasetSource.ofText("g.txt", "x"))))
                .containsExactly("g.txt: expected a .csv, .jsonl or .ndjson file");
    }
}
