package org.moralbase.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test helper: checks that chart markup is a standalone SVG file and counts its hover values. */
public final class StandaloneSvg {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private StandaloneSvg() {}

    /**
     * Parses {@code svg} as XML (no doctype) and checks what a file opened elsewhere needs: the SVG namespace, a
     * size matching the viewBox, named fonts, and a white background before anything is drawn.
     */
    public static Document check(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        String[] box = root.getAttribute("viewBox").split(" ");
        assertThat(box).hasSize(4);
        assertThat(root.getAttribute("width")).isEqualTo(box[2]);
        assertThat(root.getAttribute("height")).isEqualTo(box[3]);
        assertThat(Double.parseDouble(box[2])).isPositive();
        assertThat(Double.parseDouble(box[3])).isPositive();
        assertThat(root.getAttribute("font-family")).contains("Arial").endsWith("sans-serif");
        Element first = firstDrawn(root);
        assertThat(first.getLocalName()).isEqualTo("rect");
        assertThat(first.getAttribute("fill")).isEqualTo("white");
        assertThat(first.getAttribute("width")).isEqualTo("100%");
        assertThat(first.getAttribute("height")).isEqualTo("100%");
        return doc;
    }

    /** The hover texts of the chart's marks: every {@code <title>} but the chart's own. */
    public static int hoverTexts(Document doc) {
        NodeList titles = doc.getElementsByTagNameNS(SVG_NS, "title");
        int n = 0;
        for (int i = 0; i < titles.getLength(); i++) {
            if (titles.item(i).getParentNode() != doc.getDocumentElement()) {
                n++;
            }
        }
        return n;
    }

    private static Element firstDrawn(Element root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !e.getLocalName().equals("title")) {
                return e;
            }
        }
        throw new AssertionError("the chart draws nothing");
    }
}
