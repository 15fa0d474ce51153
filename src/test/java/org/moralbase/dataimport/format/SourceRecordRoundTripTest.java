package org.moralbase.dataimport.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;

/**
 * Each format's records, as its reader kept them, written back with labels read back through the same reader to the
 * same items; the labels stand in columns {@code label_<name>} or a field {@code labels}.
 */
class SourceRecordRoundTripTest {

    private static final ImportLimits LIMITS = ImportLimits.withDefaults();
    private static final List<String> NAMES = List.of("pick", "why");

    @Test
    void dailyDilemmasComeBackWithLabelColumnsOnBothRowsOfADilemmaInBothVariants() {
        for (DatasetSource in : List.of(
                Fixtures.source("dd_good.csv"), ReleasedFiles.dailyDilemmas(), ReleasedFiles.dailyDilemmasGitHub())) {
            DatasetSource out = roundTrip(Formats.DAILY_DILEMMAS, in, "dd.csv");
            CsvTable table = csv(out);
            assertThat(table.header()).endsWith("label_pick", "label_why");
            assertThat(table.rows()).hasSize(csv(in).rows().size());
            String key = Formats.read(Formats.DAILY_DILEMMAS, in).getFirst().key();
            String column = table.header().contains("idx") ? "idx" : "dilemma_idx";
            assertThat(table.rows().stream()
                            .filter(r -> r.get(column).equals(key))
                            .map(r -> r.get("label_pick")))
                    .containsExactly("label-" + key, "label-" + key);
        }
        assertThat(csv(roundTrip(Formats.DAILY_DILEMMAS, ReleasedFiles.dailyDilemmasGitHub(), "gh.csv"))
                        .header())
                .startsWith("idx")
                .doesNotContain("dilemma_idx", "values_aggregated");
    }

    @Test
    void moralChoiceComesBackWithLabelColumnsAndNoAgreementKept() {
        DatasetSource out = roundTrip(Formats.MORAL_CHOICE, ReleasedFiles.moralChoiceHighAmbiguity(), "mc.csv");
        CsvTable table = csv(out);
        assertThat(table.header()).endsWith("label_pick", "label_why");
        assertThat(table.rows().getFirst().get("label_pick")).isEqualTo("label-H_001");
        assertThat(table.rows().getFirst().get("label_why")).isEmpty();
        assertThat(table.rows().getFirst().get("a1_deceive")).isEqualTo("No Agreement");
        roundTrip(Formats.MORAL_CHOICE, Fixtures.source("mc_good.csv"), "mc2.csv");
    }

    @Test
    void scruplesComeBackWithALabelsField() {
        DatasetSource out = roundTrip(Formats.SCRUPLES, ReleasedFiles.scruples(), "scruples.jsonl");
        List<JsonRow> rows = jsonLines(out);
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.node().get("labels").get("pick").asString()).startsWith("label-");
            assertThat(r.node().get("labels").get("why").isNull()).isTrue();
            assertThat(r.node().get("controversial").isBoolean()).isTrue(); // the release's own fields stay
        });
    }

    @Test
    void dvbPromptsComeBackWithALabelsField() {
        DatasetSource out = roundTrip(Formats.DVB_PROMPTS, ReleasedFiles.dvbPrompts(), "prompts.json");
        ProblemLog log = new ProblemLog(LIMITS);
        List<JsonRow> rows = JsonReader.readArray("prompts.json", Utf8Text.decode(out, LIMITS, log), LIMITS, log);
        assertThat(rows)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.node().get("labels").has("pick")).isTrue());
    }

    @Test
    void genericJsonLinesComeBackWithTheLabelsAsMetadata() {
        DatasetSource in = Fixtures.source("generic_good.jsonl");
        List<DatasetItem> back =
                Formats.read(Formats.GENERIC_JSONL, write(Formats.GENERIC_JSONL, in, "generic_good.jsonl"));
        assertThat(withoutMetadata(back, "labels"))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record")
                .isEqualTo(Formats.read(Formats.GENERIC_JSONL, in));
        assertThat(back).allSatisfy(i -> assertThat(i.metadata().get("labels")).contains("\"pick\":\"label-"));
    }

    @Test
    void genericCsvComesBackWithLabelColumnsAsMetadataAndAReExportReplacesThem() {
        DatasetSource in = DatasetSource.ofText(
                "g.csv", "context,option_a,option_b,topic\nSit 1,Do,Don't,x\n\"Sit, 2\",Go,Stay,\n");
        DatasetSource out = write(Formats.GENERIC_CSV, in, "g.csv");
        List<DatasetItem> back = Formats.read(Formats.GENERIC_CSV, out);
        assertThat(withoutMetadata(back, "label_pick"))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record")
                .isEqualTo(Formats.read(Formats.GENERIC_CSV, in));
        assertThat(back).extracting(i -> i.metadata().get("label_pick")).containsExactly("label-1", "label-2");
        // exporting the export again keeps one set of label columns
        assertThat(csv(write(Formats.GENERIC_CSV, out, "g2.csv")).header())
                .containsExactly("context", "option_a", "option_b", "topic", "label_pick", "label_why");
    }

    /** Writes the file back with labels and checks the format reads it back to the same items. */
    private static DatasetSource roundTrip(DatasetFormat format, DatasetSource in, String outName) {
        DatasetSource out = write(format, in, outName);
        assertThat(Formats.read(format, out))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record")
                .isEqualTo(Formats.read(format, in));
        return out;
    }

    /** Labels item i with "label-<key>" for pick and nothing for why, and writes the format. */
    private static DatasetSource write(DatasetFormat format, DatasetSource in, String outName) {
        List<LabelledRecord> labelled = new ArrayList<>();
        for (DatasetItem item : Formats.read(format, in)) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("pick", "label-" + item.key());
            labels.put("why", "");
            labelled.add(new LabelledRecord(item.record(), labels));
        }
        return DatasetSource.ofText(outName, format.write(NAMES, labelled));
    }

    private static List<DatasetItem> withoutMetadata(List<DatasetItem> items, String key) {
        return items.stream()
                .map(i -> {
                    Map<String, String> meta = new LinkedHashMap<>(i.metadata());
                    meta.remove(key);
                    meta.remove("label_why");
                    return new DatasetItem(
                            i.key(),
                            i.context(),
                            i.optionA(),
                            i.optionB(),
                            new LinkedHashMap<>(meta),
                            i.dataset(),
                            i.record());
                })
                .toList();
    }

    private static CsvTable csv(DatasetSource source) {
        ProblemLog log = new ProblemLog(LIMITS);
        CsvTable table = CsvReader.read(source.name(), Utf8Text.decode(source, LIMITS, log), LIMITS, log);
        log.throwIfAny();
        return table;
    }

    private static List<JsonRow> jsonLines(DatasetSource source) {
        ProblemLog log = new ProblemLog(LIMITS);
        return JsonReader.readLines(source.name(), Utf8Text.decode(source, LIMITS, log), LIMITS, log);
    }
}
