package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.moralbase.choicepair.ChoicePairFormat;
import org.moralbase.choicepair.ItemDistribution;
import org.moralbase.dataimport.CsvRecords;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.Formats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each dataset's per-item distribution is written in that dataset's shape, keyed by its own id: the fixtures are
 * imported with the app's importers, given known counts and written back. Wilson bounds by hand (z = 1.959964):
 * 3/4 → [0.300642, 0.954413]; 2/2 → [0.342380, 1]; 1/3 → [0.061492, 0.792340]; 2/3 → [0.207660, 0.938508].
 */
class DistributionWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void genericItemsAreKeyedByIdWithTheShareOfAAndQuotedWhereNeeded() {
        String csv =
                written(Formats.GENERIC_CSV, "dist_generic.csv", Map.of("g,1", new int[] {3, 1, 0}, "g2", new int[3]));

        assertThat(csv).startsWith("id,n_a,n_b,n_undecided,share_a,share_a_ci_low,share_a_ci_high\r\n");
        List<CSVRecord> rows = CsvRecords.parse(csv);
        assertThat(rows.get(0).values()).containsExactly("g,1", "3", "1", "0", "0.750000", "0.300642", "0.954413");
        // nobody answered: counts are 0 and the share is undefined, not 0
        assertThat(rows.get(1).values()).containsExactly("g2", "0", "0", "0", "", "", "");
    }

    @Test
    void moralChoiceIsKeyedByScenarioIdWithAction1AndAction2Counts() {
        String csv = written(
                Formats.MORAL_CHOICE,
                "dist_moralchoice.csv",
                Map.of("H_001", new int[] {2, 0, 1}, "G_002", new int[] {1, 2, 0}));

        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("scenario_id,ambiguity,n_action1,n_action2,n_undecided,"
                        + "share_action1,share_action1_ci_low,share_action1_ci_high");
        List<CSVRecord> rows = CsvRecords.parse(csv);
        assertThat(rows.get(0).values())
                .containsExactly("H_001", "high", "2", "0", "1", "1.000000", "0.342380", "1.000000");
        assertThat(rows.get(1).values())
                .containsExactly("G_002", "low", "1", "2", "0", "0.333333", "0.061492", "0.792340");
    }

    @Test
    void dailyDilemmasGetTwoRowsPerDilemmaKeyedByIdxAndActionType() {
        String csv = written(
                Formats.DAILY_DILEMMAS,
                "dist_dailydilemmas.csv",
                Map.of("7", new int[] {1, 2, 0}, "9", new int[] {0, 0, 1}));

        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "dilemma_idx,action_type,action,n_chose,n_decided,n_undecided,share,share_ci_low,share_ci_high");
        List<CSVRecord> rows = CsvRecords.parse(csv);
        assertThat(rows)
                .extracting(r -> r.get("dilemma_idx") + " " + r.get("action_type"))
                .containsExactly("7 to_do", "7 not_to_do", "9 to_do", "9 not_to_do");
        assertThat(rows.get(0).values())
                .containsExactly(
                        "7", "to_do", "Lie to the parents, once", "1", "3", "0", "0.333333", "0.061492", "0.792340");
        assertThat(rows.get(1).values())
                .containsExactly("7", "not_to_do", "Tell the truth", "2", "3", "0", "0.666667", "0.207660", "0.938508");
        // the file lists dilemma 9's not_to_do row first; the action stays with its type
        assertThat(rows.get(2).get("action")).isEqualTo("Cover for the colleague");
        assertThat(rows.get(3).values())
                .containsExactly("9", "not_to_do", "Refuse to cover", "0", "0", "1", "", "", "");
    }

    @Test
    void scruplesCountsStandBesideTheGoldAnnotationsPointingTheSameWay() {
        String jsonl = written(
                Formats.SCRUPLES, "dist_scruples.jsonl", Map.of("d1", new int[] {3, 1, 0}, "d2", new int[] {0, 0, 2}));

        List<JsonNode> lines = jsonl.lines().map(JSON::readTree).toList();
        assertThat(lines).hasSize(2);
        JsonNode d1 = lines.get(0);
        assertThat(String.join(",", d1.propertyNames()))
                .isEqualTo("id,actions,gold_label,gold_annotations,people_chose,people_annotations,people_label,"
                        + "people_undecided");
        assertThat(d1.get("id").asString()).isEqualTo("d1");
        assertThat(d1.get("actions").get(1).get("description").asString()).isEqualTo("lying to a friend");
        assertThat(d1.get("gold_label").asInt()).isEqualTo(1);
        assertThat(d1.get("gold_annotations").toString()).isEqualTo("[1,4]");
        // three would take the cookie, one would lie: by their choices, lying (action 1) is the less ethical,
        // as the Scruples annotators judged
        assertThat(d1.get("people_chose").toString()).isEqualTo("[3,1]");
        assertThat(d1.get("people_annotations").toString()).isEqualTo("[1,3]");
        assertThat(d1.get("people_label").asInt()).isEqualTo(1);
        JsonNode d2 = lines.get(1);
        assertThat(d2.get("actions").get(0).get("description").asString()).isEqualTo("ignoring a call \"on purpose\"");
        assertThat(d2.get("gold_label").asInt()).isZero();
        assertThat(d2.get("people_label").isNull()).isTrue();
        assertThat(d2.get("people_undecided").asInt()).isEqualTo(2);
    }

    /** The fixture read in the format, each item given its counts (A, B, undecided), written by the format. */
    private static String written(ChoicePairFormat format, String fixture, Map<String, int[]> counts) {
        List<DatasetItem> items = Formats.read(format, Fixtures.source(fixture));
        return format.writeDistribution(items.stream()
                .map(i -> {
                    int[] c = counts.get(i.key());
                    return new ItemDistribution(i, c[0], c[1], c[2]);
                })
                .toList());
    }
}
