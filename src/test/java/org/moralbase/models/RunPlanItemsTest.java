package org.moralbase.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.study.AskableItem;

/** The prompt list of a run over a study's items. */
class RunPlanItemsTest {

    private static final AskableItem SWAPPABLE =
            new AskableItem("k1", "sys", "Option A: x\nOption B: y", "Option A: y\nOption B: x");
    private static final AskableItem AS_WRITTEN = new AskableItem("p-1", null, "released prompt", null);

    @Test
    void bothOrdersAskEachSwappableItemInEachOrderAndAReleasedPromptOnlyAsWritten() {
        RunPlan plan = RunPlan.ofItems(List.of(SWAPPABLE, AS_WRITTEN), true, 2, 5L);
        assertThat(plan.prompts())
                .extracting(RunPlan.Planned::itemKey, RunPlan.Planned::order, RunPlan.Planned::sample)
                .containsExactly(
                        tuple("k1", "AB", 0),
                        tuple("k1", "AB", 1),
                        tuple("k1", "BA", 0),
                        tuple("k1", "BA", 1),
                        tuple("p-1", "AB", 0),
                        tuple("p-1", "AB", 1));
        assertThat(plan.prompts()).extracting(RunPlan.Planned::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(plan.prompts()).extracting(RunPlan.Planned::scenarioIndex).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(plan.get(2).prompt().userPrompt()).isEqualTo("Option A: y\nOption B: x");
        assertThat(plan.get(2).prompt().systemPrompt()).isEqualTo("sys");
        assertThat(plan.get(4).prompt().userPrompt()).isEqualTo("released prompt");
        assertThat(plan.get(4).scenario()).isNull();
    }

    @Test
    void oneOrderPerPromptIsDrawnFromTheSeedSoARebuiltPlanIsTheSame() {
        List<AskableItem> items = List.of(SWAPPABLE, SWAPPABLE, SWAPPABLE, SWAPPABLE, AS_WRITTEN);
        RunPlan plan = RunPlan.ofItems(items, false, 20, 99L);
        assertThat(plan.prompts()).hasSize(100);
        List<String> orders =
                plan.prompts().stream().map(RunPlan.Planned::order).toList();
        assertThat(RunPlan.ofItems(items, false, 20, 99L).prompts())
                .extracting(RunPlan.Planned::order)
                .isEqualTo(orders);
        // 80 swappable prompts: both orders occur; a released prompt is always as written
        assertThat(orders.subList(0, 80)).contains("AB", "BA");
        assertThat(orders.subList(80, 100)).containsOnly("AB");
        assertThat(RunPlan.ofItems(items, false, 20, 100L).prompts())
                .extracting(RunPlan.Planned::order)
                .isNotEqualTo(orders);
    }

    @Test
    void answersAreReadForOptionsByPositionAndMappedBackToTheItemsLabels() {
        RunPlan plan = RunPlan.ofItems(List.of(SWAPPABLE), true, 1, 1L);
        assertThat(plan.parse("Option B").chosenCase()).isEqualTo(2);
        assertThat(plan.parse("Case 1").valid()).isFalse();
        assertThat(StoredAnswer.option(2, "BA")).isEqualTo("A");
        assertThat(StoredAnswer.option(1, "BA")).isEqualTo("B");
        assertThat(StoredAnswer.option(1, "AB")).isEqualTo("A");
    }
}
