package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;
import static org.moralbase.dataimport.Fixtures.source;

import org.junit.jupiter.api.Test;
import org.moralbase.choicepair.ChoiceDataset;
import org.moralbase.choicepair.ChoiceImporter;
import org.moralbase.choicepair.ChoiceItem;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;

class DailyDilemmasFormatTest {

    private final ChoiceImporter importer = ChoiceImporter.withDefaults();

    @Test
    void pairsToDoAndNotToDoRowsIntoOneItemWithBomAndMultiLineFields() {
        ChoiceDataset dataset = importer.dailyDilemmas(source("dd_good.csv"), null);

        assertThat(dataset.name()).isEqualTo("DailyDilemmas");
        assertThat(dataset.items()).extracting(ChoiceItem::key).containsExactly("1", "2");
        ChoiceItem first = dataset.items().get(0);
        assertThat(first.context()).isEqualTo("Your friend asks you to lie\nto her parents about the loan.");
        assertThat(first.optionA()).isEqualTo("Lie to the parents");
        assertThat(first.optionB()).isEqualTo("Tell the truth");
        assertThat(first.source()).isEqualTo("DailyDilemmas");
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
        ChoiceItem second = dataset.items().get(1);
        assertThat(second.optionA()).isEqualTo("Cover for the colleague"); // to_do row came second in the file
        assertThat(second.optionB()).isEqualTo("Refuse to cover");
        assertThat(second.metadata())
                .containsEntry("basic_situation", "<b>Work</b> deadline") // kept verbatim
                .containsEntry("option_a.values", "[\"loyalty\",\"honesty\"]")
                .containsEntry("option_b.values", "[]");
    }

    @Test
    void attachesTheValueTheoriesAlignedWithEachValue() {
        ChoiceItem first = importer.dailyDilemmas(source("dd_good.csv"), source("dd_values.csv"))
                .items()
                .get(0);

        assertThat(first.metadata())
                .containsEntry("option_a.values.WVS", "[\"Traditional\",\"\"]")
                .containsEntry("option_a.values.Maslow", "[\"Love and belonging\",\"\"]")
                .containsEntry("option_b.values.WVS", "[\"Self-expression\"]")
                .containsEntry("option_b.values.Virtue", "[\"Truthfulness\"]");
    }

    @Test
    void reportsEveryProblemWithFileLineAndField() {
        assertThat(problems(() -> importer.dailyDilemmas(source("dd_broken.csv"), null)))
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
        assertThat(problems(() -> importer.dailyDilemmas(dilemmas, values)))
                .containsExactly(
                        "values.csv: missing required column 'Virtue'",
                        "values.csv: missing required column 'Emotion'",
                        "values.csv: missing required column 'Maslow'",
                        "dd.csv: missing required column 'dilemma_situation'",
                        "dd.csv: missing required column 'action_type'",
                        "dd.csv: missing required column 'action'",
                        "dd.csv: missing required column 'negative_consequence'",
                        "dd.csv: missing required column 'values_aggregated'");
    }

    @Test
    void rowLimitCountsRowsNotLines() {
        // 4 records on 6 physical lines: a limit of 4 passes, 3 fails
        assertThat(ChoiceImporter.with(ImportLimits.withDefaults().withMaxRows(4))
                        .dailyDilemmas(source("dd_good.csv"), null)
                        .size())
                .isEqualTo(2);
        assertThat(problems(
                        () -> ChoiceImporter.with(ImportLimits.withDefaults().withMaxRows(3))
                                .dailyDilemmas(source("dd_good.csv"), null)))
                .containsExactly("dd_good.csv: file has more than 3 rows, the import limit");
    }
}
