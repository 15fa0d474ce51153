package org.moralbase.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.stats.proportion.ProportionEstimator;

/** The policy-consistency chart: a row per condition, people with their interval, each model a coloured dot. */
class ConsistencyChartTest {

    private static Proportion p(int k, int n) {
        return ProportionEstimator.withDefaults().estimate(k, n);
    }

    @Test
    void everyConditionIsARowWithPeopleAndEachModelAndAnUnmarkedConditionSaysSo() throws Exception {
        Map<String, Proportion> models = new LinkedHashMap<>();
        models.put("Model one", p(18, 20));
        models.put("Model two", p(9, 20));
        List<Consistency> rows = List.of(
                new Consistency("utilitarian", "Utilitarian policy", 12, p(70, 100), models),
                new Consistency("rules", "Deontological policy", 10, p(55, 90), Map.of()),
                new Consistency("control", "Control", 0, null, Map.of()));
        String svg = ConsistencyChart.svg(rows, List.of("Model one", "Model two"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/consistency-chart.svg"), svg); // to look at
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("Utilitarian policy", "Deontological policy", "Control");
        assertThat(svg).contains("nothing marked for this condition");
        // hover titles: 70 of 100 people, 18 of 20 for the first model
        assertThat(svg).contains("People under utilitarian: 70.0% (70 of 100");
        assertThat(svg).contains("Model one under utilitarian: 90.0% (18 of 20");
        // legend (3 dots) + people in two rows + two models in the first
        assertThat(svg.split("<circle", -1).length - 1).isEqualTo(3 + 2 + 2);
    }

    @Test
    void aLabelWithAnAttributeTakesTwoLinesAndTheLongestLineMovesThePlot() throws Exception {
        List<Consistency> rows = List.of(
                new Consistency("many", "Spare the many · No. Characters: more characters", 1, p(30, 60), Map.of()),
                new Consistency(
                        "x",
                        "A label far too long to fit even in the widest room left of the plot · B",
                        1,
                        p(1, 2),
                        Map.of()));
        String svg = ConsistencyChart.svg(rows, List.of());
        Files.writeString(Path.of("target/consistency-chart-two-lines.svg"), svg); // to look at
        assertThat(svg).contains(">Spare the many</text>", ">No. Characters: more characters</text>");
        // the widest room is 330 px: (330 − 20) / 7 = 44 characters, the last one "…"
        assertThat(svg).contains(">A label far too long to fit even in the wid…</text>");
        assertThat(svg).contains("width=\"" + (330 + 440 + 30) + "\"");
    }
}
