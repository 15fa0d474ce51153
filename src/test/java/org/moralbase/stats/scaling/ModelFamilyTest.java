package org.moralbase.stats.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelFamilyTest {

    @Test
    void firstMatchInTheOrderDeepSeekLlamaGemmaQwenWins() {
        assertThat(ModelFamily.of("DeepSeek R1 Llama 8B")).isEqualTo(ModelFamily.DEEPSEEK);
        assertThat(ModelFamily.of("DeepSeek R1 0528 Qwen3 8B")).isEqualTo(ModelFamily.DEEPSEEK);
        assertThat(ModelFamily.of("Llama 3.1 70B")).isEqualTo(ModelFamily.LLAMA);
        assertThat(ModelFamily.of("DataGemma RIG 27B")).isEqualTo(ModelFamily.GEMMA);
        assertThat(ModelFamily.of("qwen2.5 7b")).isEqualTo(ModelFamily.QWEN);
        assertThat(ModelFamily.of("QwQ 32B")).isEqualTo(ModelFamily.OTHER);
        assertThat(ModelFamily.of("GPT-4o")).isEqualTo(ModelFamily.OTHER);
    }

    @Test
    void familySizesOnTableS1MatchTheAuthorsGrouping() {
        // R (src/test/r/regression_fixtures.R): table(d$Family) gives
        // DeepSeek 16, Gemma 13, Llama 8, Other 19, Qwen 19
        Map<String, Long> counts = TableS1Reader.read().stream()
                .collect(Collectors.groupingBy(ScalingObservation::family, TreeMap::new, Collectors.counting()));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("DeepSeek", 16L, "Gemma", 13L, "Llama", 8L, "Other", 19L, "Qwen", 19L));
    }

    @Test
    void aFamilyGivenWithAnObservationIsKeptAndAMissingOneFollowsTheName() {
        LocalDate day = LocalDate.of(2025, 1, 20);
        assertThat(new ScalingObservation("Mistral Small 24B", "Mistral", 24, false, day, 1.0).family())
                .isEqualTo("Mistral");
        assertThat(new ScalingObservation("Mistral Small 24B", " ", 24, false, day, 1.0).family())
                .isEqualTo("Other");
        assertThat(new ScalingObservation("Qwen3 8B", 8, false, day, 1.0).family())
                .isEqualTo("Qwen");
    }

    @Test
    void blankNamesAreRejected() {
        assertThatThrownBy(() -> ModelFamily.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
