package org.moralbase.moralmachine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.moralbase.base.StandaloneSvg;
import org.w3c.dom.Document;

class PreferenceBarsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsOneBarPerKnownValueAndOneLegendLinePerSeriesWithNamesEscaped() throws Exception {
        double[] you = {0.5, Double.NaN, -0.25};
        double[] model = {0.1, 0.2, 0.3};
        String svg = PreferenceBars.render(
                List.of("a", "b", "c"),
                List.of(
                        new PreferenceBars.Series("You", "#111", you),
                        new PreferenceBars.Series("<Model & co>", "#222", model)),
                "chart");
        Document doc = StandaloneSvg.check(svg);
        // 5 bars (one value is NaN) carry a hover value naming series and attribute; the 2 legend swatches do not
        assertThat(StandaloneSvg.hoverTexts(doc)).isEqualTo(5);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 5 + 2);
        assertThat(svg).contains("<title>You, c: -0.25</title>");
        assertThat(svg).contains("&lt;Model &amp; co&gt;").doesNotContain("<Model");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 ");
    }

    @Test
    void aNegativeValueDrawsLeftOfZeroAndValuesBeyondOneAreClamped() throws Exception {
        String svg = PreferenceBars.render(
                List.of("x"), List.of(new PreferenceBars.Series("s", "#000", new double[] {-2.0})), "chart");
        var bar = (org.w3c.dom.Element) parse(svg).getElementsByTagName("rect").item(1); // after the background
        double x = Double.parseDouble(bar.getAttribute("x"));
        double width = Double.parseDouble(bar.getAttribute("width"));
        // zero sits at 190 + 300/2 = 340; −2 is clamped to −1: a full half-width bar ending at zero
        assertThat(x).isEqualTo(190.0);
        assertThat(width).isEqualTo(150.0);
        assertThat(svg).contains("s, x: -2.00");
    }
}
