package org.moralbase.choicepair.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moralbase.choicepair.ModelAnswer;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.ImportLimits;

class ModelAnswerFormatTest {

    private static final Set<String> KEYS = Set.of("k1", "k2");

    private static List<ModelAnswer> read(String csv) {
        return ModelAnswerFormat.read(DatasetSource.ofText("m.csv", csv), KEYS, ImportLimits.withDefaults());
    }

    @Test
    void everyAcceptedSpellingIsNormalisedAndOtherAnswersAreKeptUnparsed() {
        List<ModelAnswer> answers = read(
                "item,model,answer,order\nk1,gpt,a,AB\nk1,gpt, Option B ,ba\nk2,gpt,1,\nk2,gpt,2,AB\nk2,gpt,maybe,BA\n");
        assertThat(answers).extracting(ModelAnswer::choice).containsExactly("A", "B", "A", "B", null);
        assertThat(answers).extracting(ModelAnswer::order).containsExactly("AB", "BA", null, "AB", "BA");
        assertThat(answers.get(4).raw()).isEqualTo("maybe");
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
