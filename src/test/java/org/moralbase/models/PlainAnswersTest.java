package org.moralbase.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.ImportLimits;

/** The plain model-answer table both two-option kinds import. */
class PlainAnswersTest {

    private static final Set<String> KEYS = Set.of("k1", "k2");

    private static List<ImportedAnswer> read(String csv) {
        return PlainAnswers.read(DatasetSource.ofText("m.csv", csv), KEYS, ImportLimits.withDefaults());
    }

    @Test
    void everyAcceptedSpellingIsNormalisedAndOtherAnswersAreKeptUnparsed() {
        List<ImportedAnswer> answers = read(
                "item,model,answer,order\nk1,gpt,a,AB\nk1,gpt, Option B ,ba\nk2,gpt,1,\nk2,gpt,2,AB\nk2,gpt,maybe,BA\n");
        // the option in the item's own labels, as the position shown in the order the model saw
        assertThat(answers)
                .extracting(a -> a.chosenPosition() == 0 ? null : RunAnswer.option(a.chosenPosition(), a.shownOrder()))
                .containsExactly("A", "B", "A", "B", null);
        assertThat(answers).extracting(ImportedAnswer::chosenPosition).containsExactly(1, 1, 1, 2, 0);
        assertThat(answers).extracting(ImportedAnswer::shownOrder).containsExactly("AB", "BA", null, "AB", "BA");
        assertThat(answers.get(4).rawText()).isEqualTo("maybe");
    }

    @Test
    void unknownItemsEmptyModelsAndBadOrdersAreProblemsWithTheirLines() {
        assertThat(Fixtures.problems(() -> read("item,model,answer,order\nk9,gpt,A,AB\nk1,,A,AB\nk2,gpt,B,CD\n")))
                .containsExactly(
                        "m.csv line 2, field item: 'k9' is not an item of this study",
                        "m.csv line 3, field model: is empty",
                        "m.csv line 4, field order: expected AB or BA, found 'CD'");
    }

    @Test
    void aMissingAnswerColumnIsAProblem() {
        assertThat(Fixtures.problems(() -> read("item,model\nk1,gpt\n")))
                .containsExactly("m.csv: missing required column 'answer'");
    }
}
