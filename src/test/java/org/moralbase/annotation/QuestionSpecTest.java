package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionSpecTest {

    @Test
    void answersAreCheckedAndStoredInOneForm() {
        QuestionSpec multi = new QuestionSpec(
                "tags",
                QuestionKind.MULTIPLE_CHOICE,
                "Tags?",
                List.of("x", "y", "z"),
                false,
                null,
                null,
                null,
                null,
                null,
                false);
        assertThat(multi.normalise("z|x")).isEqualTo("x|z");
        assertThatThrownBy(() -> multi.normalise("w")).hasMessageStartingWith("tags:");
        QuestionSpec number = new QuestionSpec(
                "n", QuestionKind.NUMBER, "How many?", List.of(), false, null, null, null, null, null, false);
        assertThat(number.normalise(" 2.50 ")).isEqualTo("2.5");
        QuestionSpec scale = QuestionSpec.scale("s", "Rate", -2, 2, "low", "high");
        assertThat(scale.keyedAnswers()).containsExactly("-2", "-1", "0", "1", "2");
        assertThatThrownBy(() -> scale.normalise("3")).hasMessageContaining("-2 to 2");
        assertThat(QuestionSpec.singleChoice("c", "C?", List.of("C1", "C2"), true)
                        .keyedAnswers())
                .containsExactly("C1", "C2", "unsure");
    }

    @Test
    void everyTemplateBuildsValidQuestionsAndChecksWithCorrectAnswersAmongTheOptions() {
        for (ProjectTemplate t : ProjectTemplate.values()) {
            assertThat(t.settings("x").judgementsPerItem()).isEqualTo(3);
            t.checks().forEach(c -> assertThat(c.keyedAnswers()).contains(c.correctAnswer()));
        }
        assertThat(ProjectTemplate.DVB_DEPTH.questions())
                .extracting(QuestionSpec::code)
                .containsExactly("depth", "breadth", "neutrality");
        assertThat(ProjectTemplate.DVB_IDENTIFY.checks().getFirst().screenOut()).isTrue();
    }
}
