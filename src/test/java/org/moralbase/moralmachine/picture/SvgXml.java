package org.moralbase.moralmachine.picture;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Test helper: parses SVG markup with javax.xml (failing on malformed XML) and finds elements by class. */
record SvgXml(Document doc) {

    static SvgXml parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // no DTDs or entities may sneak in through the markup
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new SvgXml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return doc.getDocumentElement();
    }

    /** Elements whose class list holds all the given classes. */
    List<Element> withClasses(String... classes) {
        StringBuilder xpath = new StringBuilder("//*[@class");
        for (String c : classes) {
            xpath.append(" and contains(concat(' ', normalize-space(@class), ' '), ' ")
                    .append(c)
                    .append(" ')");
        }
        return select(xpath.append(']').toString());
    }

    int count(String... classes) {
        return withClasses(classes).size();
    }

    List<Element> select(String xpath) {
        try {
            NodeList nodes =
                    (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }
}
