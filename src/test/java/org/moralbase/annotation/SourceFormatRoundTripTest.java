package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.moralbase.choicepair.ChoiceImporter;
import org.moralbase.choicepair.ChoiceItem;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.dvb.DvbImporter;
import org.moralbase.dvb.DvbItem;

/** Each import format written back with labels reads back through its own importer to the same items. */
class SourceFormatRoundTripTest {

    private static final ChoiceImporter CHOICES = ChoiceImporter.withDefaults();
    private static final List<String> CODES = List.of("pick", "why");

    @Test
    void dailyDilemmasComeBackWithLabelColumnsOnBothRowsOfADilemma() {
        DatasetSource in = Fixtures.source("dd_good.csv");
        DatasetSource out = roundTrip(SourceFormat.DAILY_DILEMMAS, in, "dd.csv");
        assertThat(CHOICES.dailyDilemmas(out, null).items())
                .isEqualTo(CHOICES.dailyDilemmas(in, null).items());
        CsvTable table = csv(out);
        assertThat(table.header()).endsWith("label_pick", "label_why");
        assertThat(table.rows()).hasSize(csv(in).rows().size());
        // both rows of dilemma 1 carry its labels
        assertThat(table.rows().stream()
                        .filter(r -> r.get("dilemma_idx").equals("1"))
                        .map(r -> r.get("label_pick")))
                .containsExactly("label-1", "label-1");
    }

    @Test
    void moralChoiceComesBackWithLabelColumns() {
        DatasetSource in = Fixtures.source("mc_good.csv");
        DatasetSource out = roundTrip(SourceFormat.MORAL_CHOICE, in, "mc.csv");
        assertThat(CHOICES.moralChoice(out).items())
                .isEqualTo(CHOICES.moralChoice(in).items());
        CsvTable table = csv(out);
        assertThat(table.header()).endsWith("label_pick", "label_why");
        assertThat(table.rows().getFirst().get("label_pick")).startsWith("label-");
        assertThat(table.rows().getFirst().get("label_why")).isEmpty();
    }

    @Test
    void scruplesComeBackWithALabelsField() {
        DatasetSource in = Fixtures.source("scruples_good.jsonl");
        DatasetSource out = roundTrip(SourceFormat.SCRUPLES, in, "scruples.jsonl");
        assertThat(CHOICES.scruples(out).items()).isEqualTo(CHOICES.scruples(in).items());
        List<JsonRow> rows = jsonLines(out);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.node().get("labels").get("pick").asString()).startsWith("label-");
            assertThat(r.node().get("labels").get("why").isNull()).isTrue();
        });
    }

    @Test
    void dvbPromptsComeBackWithALabelsField() {
        DatasetSource in = Fixtures.source("dvb_prompts.json");
        DatasetSource out = roundTrip(SourceFormat.DVB_PROMPTS, in, "prompts.json");
        List<DvbItem> back = DvbImporter.withDefaults().prompts(out);
        assertThat(back).isEqualTo(DvbImporter.withDefaults().prompts(in));
        ProblemLog log = new ProblemLog(ImportLimits.withDefaults());
        List<JsonRow> rows = JsonReader.readArray(
                "prompts.json",
                Utf8Text.decode(out, ImportLimits.withDefaults(), log),
                ImportLimits.withDefaults(),
                log);
        assertThat(rows)
                .hasSize(back.size())
                .allSatisfy(r -> assertThat(r.node().get("labels").has("pick")).isTrue());
    }

    @Test
    void genericJsonLinesComeBackWithTheLabelsAsMetadata() {
        DatasetSource in = Fixtures.source("generic_good.jsonl");
        DatasetSource out = roundTrip(SourceFormat.GENERIC_JSONL, in, "generic.jsonl");
        List<ChoiceItem> back = CHOICES.generic("g", out).items();
        assertThat(withoutMetadata(back, "labels"))
                .isEqualTo(CHOICES.generic("g", in).items());
        assertThat(back).allSatisfy(i -> assertThat(i.metadata().get("labels")).contains("\"pick\":\"label-"));
    }

    @Test
    void genericCsvComesBackWithLabelColumnsAsMetadataAndAReExportReplacesThem() {
        DatasetSource in = DatasetSource.ofText(
                "g.csv", "context,option_a,option_b,topic\nSit 1,Do,Don't,x\n\"Sit, 2\",Go,Stay,\n");
        DatasetSource out = roundTrip(SourceFormat.GENERIC_CSV, in, "g.csv");
        List<ChoiceItem> back = CHOICES.generic("g", out).items();
        assertThat(withoutMetadata(back, "label_pick"))
                .isEqualTo(CHOICES.generic("g", in).items());
        assertThat(back).extracting(i -> i.metadata().get("label_pick")).containsExactly("label-1", "label-2");
        // exporting the export again keeps one set of label columns
        assertThat(csv(roundTrip(SourceFormat.GENERIC_CSV, out, "g2.csv")).header())
                .containsExactly("context", "option_a", "option_b", "topic", "label_pick", "label_why");
    }

    /** Keeps the records, labels item i with "label-<key>" for pick and nothing for why, writes the format. */
    private static DatasetSource roundTrip(SourceFormat format, DatasetSource in, String outName) {
        List<String> records = SourceRecords.read(format, in);
        List<String> keys = keys(format, in);
        assertThat(records).hasSameSizeAs(keys);
        List<SourceFormatWriter.Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("pick", "label-" + keys.get(i));
            labels.put("why", "");
            labelled.add(new SourceFormatWriter.Labelled(records.get(i), labels));
        }
        return DatasetSource.ofText(outName, SourceFormatWriter.write(format, CODES, labelled));
    }

    private static List<String> keys(SourceFormat format, DatasetSource in) {
        return switch (format) {
            case DVB_PROMPTS ->
                DvbImporter.withDefaults().prompts(in).stream()
                        .map(DvbItem::promptId)
                        .toList();
            case DAILY_DILEMMAS -> keys(CHOICES.dailyDilemmas(in, null).items(), ChoiceItem::key);
            case MORAL_CHOICE -> keys(CHOICES.moralChoice(in).items(), ChoiceItem::key);
            case SCRUPLES -> keys(CHOICES.scruples(in).items(), ChoiceItem::key);
            case GENERIC_CSV, GENERIC_JSONL -> keys(CHOICES.generic("g", in).items(), ChoiceItem::key);
        };
    }

    private static List<String> keys(List<ChoiceItem> items, Function<ChoiceItem, String> key) {
        return items.stream().map(key).toList();
    }

    private static List<ChoiceItem> withoutMetadata(List<ChoiceItem> items, String key) {
        return items.stream()
                .map(i -> {
                    Map<String, String> meta = new LinkedHashMap<>(i.metadata());
                    meta.remove(key);
                    meta.remove("label_why");
                    return new ChoiceItem(
                            i.key(), i.context(), i.optionA(), i.optionB(), new LinkedHashMap<>(meta), i.source());
                })
                .toList();
    }

    private static CsvTable csv(DatasetSource source) {
        ProblemLog log = new ProblemLog(ImportLimits.withDefaults());
        CsvTable table = CsvReader.read(
                source.name(),
                Utf8Text.decode(source, ImportLimits.withDefaults(), log),
                ImportLimits.withDefaults(),
                log);
        log.throwIfAny();
        return table;
    }

    private static List<JsonRow> jsonLines(DatasetSource source) {
        ProblemLog log = new ProblemLog(ImportLimits.withDefaults());
        return JsonReader.readLines(
                source.name(),
                Utf8Text.decode(source, ImportLimits.withDefaults(), log),
                ImportLimits.withDefaults(),
                log);
    }
}
