package org.moralbase.moralmachine.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.base.StandaloneSvg;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PreferenceLinesTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static PreferenceLines.Content content(String modelName, String lowEnd) {
        List<PreferenceLines.Line> lines = List.of(
                new PreferenceLines.Line("Passengers or pedestrians", "Passengers", "Pedestrians"),
                new PreferenceLines.Line("Upholding the law", lowEnd, "Crossing on green (lawful)"));
        return new PreferenceLines.Content(
                "chart",
                lines,
                List.of(
                        new PreferenceLines.Series(
                                "You", "#D55E00", PreferenceLines.Shape.CIRCLE, new double[] {0.5, Double.NaN}),
                        new PreferenceLines.Series(
                                "People in Awad et al. 2018 (the Moral Machine website)",
                                "#777",
                                PreferenceLines.Shape.SQUARE,
                                new double[] {-2.0, 0.35})),
                "Models: how language models answered the same kind of dilemmas in this study.",
                List.of(new PreferenceLines.Series(
                        modelName, "#E69F00", PreferenceLines.Shape.STAR, new double[] {0.1, -0.2})));
    }

    @Test
    void everyKnownValueIsAMarkerWithItsHoverTextAndEveryMarkerIsInTheLegend() throws Exception {
        for (String svg : List.of(
                PreferenceLines.wide(content("<Model & co>", "Crossing on red (unlawful)")),
                PreferenceLines.narrow(content("<Model & co>", "Crossing on red (unlawful)")))) {
            Document doc = StandaloneSvg.check(svg);
            // 5 values (one is NaN) on the lines, 3 markers in the legend
            assertThat(StandaloneSvg.hoverTexts(doc)).isEqualTo(5 + 3);
            assertThat(svg).contains("<title>You, Passengers or pedestrians (Passengers ↔ Pedestrians): 0.50</title>");
            assertThat(svg).contains("&lt;Model &amp; co&gt;").doesNotContain("<Model");
            assertThat(texts(doc)).contains("Upholding the law", "0", "+1", "−1", "+0.5", "You");
        }
    }

    @Test
    void theNarrowLayoutStacksTheEndLabelsAboveTheLineWithArrows() throws Exception {
        Document narrow = StandaloneSvg.check(PreferenceLines.narrow(content("m", "Crossing on red")));
        assertThat(texts(narrow)).contains("← Passengers", "Pedestrians →");
        assertThat(y(narrow, "← Passengers")).isLessThan(lineY(narrow, 0));
        Document wide = StandaloneSvg.check(PreferenceLines.wide(content("m", "Crossing on red")));
        assertThat(texts(wide)).contains("Passengers", "Pedestrians");
    }

    @Test
    void aValueBeyondOneIsClampedToTheLineEnd() throws Exception {
        Document doc = StandaloneSvg.check(PreferenceLines.wide(content("m", "Crossing on red")));
        // Awad's −2 on the first line is drawn at −1: the line's left end (x = 210 in the wide layout)
        Element square = markerTitled(doc, "People in Awad et al. 2018 (the Moral Machine website), Pass");
        double[] xs = xs(square.getAttribute("points"));
        assertThat((xs[0] + xs[2]) / 2).isCloseTo(210.0, within(0.2));
        assertThat(markerTitled(doc, "People in Awad et al. 2018 (the Moral Machine website), Pass")
                        .getTextContent())
                .endsWith(": -2.00");
    }

    @Test
    void longNamesAndChineseTextWrapInsideTheChart() throws Exception {
        String longModel = "meta-llama/Llama-3.1-405B-Instruct-Turbo with a very long display name indeed";
        String zh = "闯红灯（违法的行人，这是一个很长的标签用于测试换行）";
        for (String svg :
                List.of(PreferenceLines.wide(content(longModel, zh)), PreferenceLines.narrow(content(longModel, zh)))) {
            Document doc = StandaloneSvg.check(svg);
            double width = Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
            NodeList texts = doc.getElementsByTagNameNS(SVG_NS, "text");
            for (int i = 0; i < texts.getLength(); i++) {
                Element t = (Element) texts.item(i);
                double x = Double.parseDouble(t.getAttribute("x"));
                int size = t.hasAttribute("font-size") ? Integer.parseInt(t.getAttribute("font-size")) : 12;
                double w = PreferenceLines.width(t.getTextContent(), size);
                double left =
                        switch (t.getAttribute("text-anchor")) {
                            case "end" -> x - w;
                            case "middle" -> x - w / 2;
                            default -> x;
                        };
                assertThat(left).as(t.getTextContent()).isGreaterThanOrEqualTo(0);
                assertThat(left + w).as(t.getTextContent()).isLessThanOrEqualTo(width);
            }
        }
        assertThat(PreferenceLines.wrap(zh, 100, 12)).hasSizeGreaterThan(2);
        assertThat(PreferenceLines.wrap("one two three", 1000, 12)).containsExactly("one two three");
        assertThat(PreferenceLines.wrap("one two three", 40, 12)).containsExactly("one", "two", "three");
        assertThat(PreferenceLines.wrap("Crossing on green (lawful) →", 150, 12))
                .containsExactly("Crossing on green", "(lawful) →");
        assertThat(PreferenceLines.wrap("← Crossing on red (unlawful)", 40, 12))
                .containsExactly("← Crossing", "on", "red", "(unlawful)");
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static double y(Document doc, String text) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().equals(text)) {
                return Double.parseDouble(((Element) nodes.item(i)).getAttribute("y"));
            }
        }
        throw new AssertionError("no text " + text);
    }

    /** The y of the n-th attribute line (the thick grey one). */
    private static double lineY(Document doc, int n) {
        NodeList lines = doc.getElementsByTagNameNS(SVG_NS, "line");
        int seen = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.getAttribute("stroke-width").equals("2.0") && seen++ == n) {
                return Double.parseDouble(l.getAttribute("y1"));
            }
        }
        throw new AssertionError("no line " + n);
    }

    private static Element markerTitled(Document doc, String prefix) {
        NodeList titles = doc.getElementsByTagNameNS(SVG_NS, "title");
        for (int i = 0; i < titles.getLength(); i++) {
            if (titles.item(i).getTextContent().startsWith(prefix)) {
                return (Element) titles.item(i).getParentNode();
            }
        }
        throw new AssertionError("no marker titled " + prefix);
    }

    private static double[] xs(String points) {
        String[] pairs = points.strip().split(" ");
        double[] xs = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            xs[i] = Double.parseDouble(pairs[i].split(",")[0]);
        }
        return xs;
    }
}
