package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.ReleasedFiles;
import tools.jackson.databind.json.JsonMapper;

class DailyDilemmasFormatTest {

    private static final ImportLimits LIMITS = ImportLimits.withDefaults();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DailyDilemmasFormat format = new DailyDilemmasFormat();

    @Test
    void pairsToDoAndNotToDoRowsIntoOneItemWithBomAndMultiLineFields() {
        List<DatasetItem> items = format.read(source("dd_good.csv"), null, LIMITS);

        assertThat(items).extracting(DatasetItem::key).containsExactly("1", "2");
        DatasetItem first = items.get(0);
        assertThat(first.context()).isEqualTo("Your friend asks you to lie\nto her parents about the loan.");
        assertThat(first.optionA()).isEqualTo("Lie to the parents");
        assertThat(first.optionB()).isEqualTo("Tell the truth");
        assertThat(first.dataset()).isEqualTo("DailyDilemmas");
        assertThat(first.metadata())
                .containsExactly(
                        java.util.Map.entry("basic_situation", "Friend borrowed money"),
                        java.util.Map.entry("topic", "family"),
                        java.util.Map.entry("topic_group", "relationships"),
                        java.util.Map.entry("option_a.action_type", "to_do"),
                        java.util.Map.entry("option_a.negative_consequence", "Parents lose trust"),
                        java.util.Map.entry("option_a.values", "[\"loyalty\",\"parents' trust\"]"),
                        java.util.Map.entry("option_b.action_type", "not_to_do"),
                        java.util.Map.entry("option_b.negative_consequence", "Friend feels betrayed"),
                        java.util.Map.entry("option_b.values", "[\"honesty\"]"));
        DatasetItem second = items.get(1);
        assertThat(second.optionA()).isEqualTo("Cover for the colleague"); // to_do row came second in the file
        assertThat(second.optionB()).isEqualTo("Refuse to cover");
        assertThat(second.metadata())
                .containsEntry("basic_situation", "<b>Work</b> deadline") // kept verbatim
                .containsEntry("option_a.values", "[\"loyalty\",\"honesty\"]")
                .containsEntry("option_b.values", "[]");
    }

    @Test
    void attachesTheValueTheoriesAlignedWithEachValue() {
        DatasetItem first = format.read(source("dd_good.csv"), source("dd_values.csv"), LIMITS)
                .get(0);

        assertThat(first.metadata())
                .containsEntry("option_a.values.WVS", "[\"Traditional\",\"\"]")
                .containsEntry("option_a.values.Maslow", "[\"Love and belonging\",\"\"]")
                .containsEntry("option_b.values.WVS", "[\"Self-expression\"]")
                .containsEntry("option_b.values.Virtue", "[\"Truthfulness\"]");
    }

    @Test
    void reportsEveryProblemWithFileLineAndField() {
        assertThat(problems(() -> format.read(source("dd_broken.csv"), null, LIMITS)))
                .containsExactly(
                        "dd_broken.csv line 7, field action_type: expected to_do or not_to_do, found 'maybe'",
                        "dd_broken.csv line 8, field action: is empty",
                        "dd_broken.csv line 8, field values_aggregated: not a Python list of strings: "
                                + "expected ',' or ']' but the text ended at position 10",
                        "dd_broken.csv line 11, field action_type: dilemma 4 already has a to_do row at line 10",
                        "dd_broken.csv line 6, field dilemma_idx: dilemma 2 has no not_to_do row",
                        "dd_broken.csv line 9, field dilemma_idx: dilemma 3 has no to_do row",
                        "dd_broken.csv line 14, field dilemma_situation: differs from the to_do row of dilemma 5 at line 13");
    }

    @Test
    void namesMissingColumnsInBothFiles() {
        DatasetSource values = DatasetSource.ofText("values.csv", "value,WVS,MFT\nloyalty,a,b\n");
        DatasetSource dilemmas = DatasetSource.ofText("dd.csv", "dilemma_idx,basic_situation\n1,x\n");
        assertThat(problems(() -> format.read(dilemmas, values, LIMITS)))
                .containsExactly(
                        "values.csv: missing required column 'Virtue'",
                        "values.csv: missing required column 'Emotion'",
                        "values.csv: missing required column 'Maslow'",
                        "dd.csv: missing required column 'dilemma_situation'",
                        "dd.csv: missing required column 'action_type'",
                        "dd.csv: missing required column 'action'",
                        "dd.csv: missing required column 'negative_consequence'");
        DatasetSource noIndex = DatasetSource.ofText("dd.csv", "index,basic_situation\n1,x\n");
        assertThat(problems(() -> format.read(noIndex, null, LIMITS)))
                .startsWith("dd.csv: missing required column 'dilemma_idx' (or 'idx', as in the GitHub release)");
    }

    @Test
    void rowLimitCountsRowsNotLines() {
        // 4 records on 6 physical lines: a limit of 4 passes, 3 fails
        assertThat(format.read(source("dd_good.csv"), null, LIMITS.withMaxRows(4)))
                .hasSize(2);
        assertThat(problems(() -> format.read(source("dd_good.csv"), null, LIMITS.withMaxRows(3))))
                .containsExactly("dd_good.csv: file has more than 3 rows, the import limit");
    }

    @Test
    void bothReleasedVariantsGiveTheSameDilemmasAndTheGitHubOneHasEmptyValueLists() {
        List<DatasetItem> huggingFace = format.read(ReleasedFiles.dailyDilemmas(), null, LIMITS);
        List<DatasetItem> gitHub = format.read(ReleasedFiles.dailyDilemmasGitHub(), null, LIMITS);

        assertThat(huggingFace).extracting(DatasetItem::key).containsExactly("0", "1");
        assertThat(gitHub)
                .extracting(DatasetItem::key, DatasetItem::context, DatasetItem::optionA, DatasetItem::optionB)
                .isEqualTo(huggingFace.stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.key(), i.context(), i.optionA(), i.optionB()))
                        .toList());
        assertThat(huggingFace.get(1).optionA()).isEqualTo("Cover for the colleague"); // to_do is option A
        assertThat(huggingFace.get(0).metadata()).containsEntry("option_a.values", "[\"loyalty\",\"parents' trust\"]");
        assertThat(gitHub.get(0).metadata())
                .containsEntry("option_a.values", "[]")
                .containsEntry("option_b.values", "[]")
                .containsEntry("topic", "family");
    }

    @Test
    void theRecordIsBothRowsOfTheDilemmaVerbatimInFileOrder() {
        DatasetItem second =
                format.read(ReleasedFiles.dailyDilemmasGitHub(), null, LIMITS).get(1);

        var record = JSON.readTree(second.record());
        assertThat(record).hasSize(2);
        assertThat(record.get(0).get("action_type").asString()).isEqualTo("not_to_do"); // first in the file
        assertThat(record.get(0).get("idx").asString()).isEqualTo("1");
        assertThat(String.join(",", record.get(1).propertyNames()))
                .isEqualTo("idx,basic_situation,dilemma_situation,action_type,action,negative_consequence,topic,"
                        + "topic_group");
    }

    @Test
    void problemsOfTheGitHubVariantNameItsIdxColumn() {
        DatasetSource file = DatasetSource.ofText(
                "gh.csv",
                "idx,basic_situation,dilemma_situation,action_type,action,negative_consequence\n"
                        + "4,b,s,to_do,Act,c\n");
        assertThat(problems(() -> format.read(file, null, LIMITS)))
                .containsExactly("gh.csv line 2, field idx: dilemma 4 has no not_to_do row");
    }
}
