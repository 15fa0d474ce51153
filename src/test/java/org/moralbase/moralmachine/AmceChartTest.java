package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.moralbase.base.StandaloneSvg;
import org.moralbase.stats.amce.AmceAccumulator;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;
import org.w3c.dom.Document;

class AmceChartTest {

    @Test
    void theChartIsWellFormedSvgWithAHoverValueForEveryAttributeAndTheHumanVector() throws Exception {
        AmceAccumulator acc = new AmceAccumulator();
        int i = 0;
        for (Scenario s : ScenarioGenerator.of(GeneratorMode.AWAD, 1).scenarios(1300)) {
            Side saved = (i % 3 == 0) ? Side.LEFT : Side.RIGHT;
            var ctx = new org.moralbase.moralmachine.format.ResponseContext("r" + i, "s", "u", 1, null, null, null);
            for (var row : org.moralbase.moralmachine.format.ResponseRows.of(s, saved, ctx)) {
                acc.add(row.toAmceRow(i++ / 13));
            }
        }
        var result = acc.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM);
        String svg = AmceChart.svg(result);

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("title").getLength()).isEqualTo(1 + 9 + 9);
        assertThat(svg).contains("Awad 2018 (humans), Age: 0.497");
        assertThat(StandaloneSvg.hoverTexts(StandaloneSvg.check(svg))).isEqualTo(9 + 9);
        assertThat(svg)
                .contains("Species: " + AmceChart.fmt(result.estimates().get(8).estimate(), 3));
    }

    @Test
    void anEmptyStudyDrawsNoDataInsteadOfNumbers() {
        String svg = AmceChart.svg(new AmceAccumulator().result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM));
        assertThat(svg).contains("no data yet").doesNotContain("NaN");
    }
}
