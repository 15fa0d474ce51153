package org.moralbase.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.questionnaire.format.Scales;

/** The profile chart of one report, and of every condition's report (personas) in one chart. */
class ProfileChartTest {

    private static final List<ItemRow> BANK = List.of(
            new ItemRow("a", "A", Scales.AGREE5, "risk", false, null, null),
            new ItemRow("b", "B", Scales.AGREE5, "care", false, null, null));

    @Test
    void everyConditionsPeopleAndModelsAreSeriesLabelledWithTheCondition() throws Exception {
        Map<String, QuestionnaireReport> byCondition = new LinkedHashMap<>();
        // the farmer persona: people score risk 4, the model 2 (one sample)
        byCondition.put(
                "farmer",
                Scoring.report(BANK, List.of(Map.of("a", 4, "b", 3)), 0, Map.of("M", List.of(Map.of("a", 2, "b", 5)))));
        // the student persona: nobody yet, the model only
        byCondition.put("student", Scoring.report(BANK, List.of(), 0, Map.of("M", List.of(Map.of("a", 5, "b", 1)))));
        String svg = ProfileChart.conditions(byCondition, 5);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/profile-by-condition.svg"), svg); // to look at
        // legend: people of the farmer condition, the model under each; no people series for an empty condition
        assertThat(svg).contains(">People · farmer</text>", ">M · farmer</text>", ">M · student</text>");
        assertThat(svg).doesNotContain("People · student");
        assertThat(svg).contains("M · farmer · risk: 2.00 (n=1)", "M · student · risk: 5.00 (n=1)");
        assertThat(svg).contains("People · farmer · care: 3.00 (n=1)");
        // one row per subscale, in the bank's order
        assertThat(svg.indexOf(">risk (1)</text>")).isLessThan(svg.indexOf(">care (1)</text>"));
        assertThat(ProfileChart.conditions(Map.of(), 5)).isEmpty();
    }
}
