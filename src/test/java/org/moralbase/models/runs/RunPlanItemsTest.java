package org.moralbase.models.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.models.RunAnswer;
import org.moralbase.study.AskableItem;

/** The prompt list of a run over a study's items. */
class RunPlanItemsTest {

    private static final AskableItem SWAPPABLE =
            new AskableItem("k1", "sys", "Option A: x\nOption B: y", "Option A: y\nOption B: x");
    private static final AskableItem AS_WRITTEN = new AskableItem("p-1", null, "released prompt", null);

    @Test
    void bothOrdersAskEachSwappableItemInEachOrderAndAReleasedPromptOnlyAsWritten() {
        RunPlan plan = RunPlan.of(List.of(SWAPPABLE, AS_WRITTEN), true, 2, 5L);
        assertThat(plan.prompts())
                .extracting(p -> p.item().key(), RunPlan.Planned::order, RunPlan.Planned::sample)
                .containsExactly(
                        tuple("k1", "AB", 0),
                        tuple("k1", "AB", 1),
                        tuple("k1", "BA", 0),
                        tuple("k1", "BA", 1),
                        tuple("p-1", "AB", 0),
                        tuple("p-1", "AB", 1));
        assertThat(plan.prompts()).extracting(RunPlan.Planned::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(plan.prompts()).extracting(RunPlan.Planned::itemIndex).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(plan.get(2).prompt().userPrompt()).isEqualTo("Option A: y\nOption B: x");
        assertThat(plan.get(2).prompt().systemPrompt()).isEqualTo("sys");
        assertThat(plan.get(4).prompt().userPrompt()).isEqualTo("released prompt");
    }

    @Test
    void oneOrderPerPromptIsDrawnFromTheSeedSoARebuiltPlanIsTheSame() {
        List<AskableItem> items = List.of(SWAPPABLE, SWAPPABLE, SWAPPABLE, SWAPPABLE, AS_WRITTEN);
        RunPlan plan = RunPlan.of(items, false, 20, 99L);
        assertThat(plan.prompts()).hasSize(100);
        List<String> orders =
                plan.prompts().stream().map(RunPlan.Planned::order).toList();
        assertThat(RunPlan.of(items, false, 20, 99L).prompts())
                .extracting(RunPlan.Planned::order)
                .isEqualTo(orders);
        // 80 swappable prompts: both orders occur; a released prompt is always as written
        assertThat(orders.subList(0, 80)).contains("AB", "BA");
        assertThat(orders.subList(80, 100)).containsOnly("AB");
        assertThat(RunPlan.of(items, false, 20, 100L).prompts())
                .extracting(RunPlan.Planned::order)
                .isNotEqualTo(orders);
    }

    @Test
    void answersNameAPositionThatMapsBackToTheItemsLabels() {
        assertThat(RunAnswer.option(2, "BA")).isEqualTo("A");
        assertThat(RunAnswer.option(1, "BA")).isEqualTo("B");
        assertThat(RunAnswer.option(1, "AB")).isEqualTo("A");
        assertThat(RunAnswer.option(2, null))
                .as("an unknown order reads as written")
                .isEqualTo("B");
        for (String order : new String[] {"AB", "BA", null}) {
            for (String option : new String[] {"A", "B"}) {
                assertThat(RunAnswer.option(RunAnswer.position(option, order), order))
                        .isEqualTo(option);
            }
        }
    }

    @Test
    void aMoralMachineStylePlanOfUnswappableItemsIsScenarioTimesSamplesPlusSample() {
        List<AskableItem> scenarios = List.of(
                new AskableItem("s1", "sys", "one", null),
                new AskableItem("s2", "sys", "two", null),
                new AskableItem("s3", "sys", "three", null));
        RunPlan plan = RunPlan.of(scenarios, true, 4, 7L);
        for (RunPlan.Planned p : plan.prompts()) {
            assertThat(p.index()).isEqualTo(p.itemIndex() * 4 + p.sample());
            assertThat(p.order()).isEqualTo("AB");
        }
        assertThat(plan.prompts()).hasSize(12);
    }
}
