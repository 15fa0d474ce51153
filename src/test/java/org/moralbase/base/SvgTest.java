package org.moralbase.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void aChartOpenedWithSvgOpenIsAStandaloneFileWithItsTitleEscaped() throws Exception {
        StringBuilder s = new StringBuilder();
        Svg.open(s, 640, 360, 12, "D & size <log>");
        Svg.text(s, 10, 20, "start", "#222", "label");
        s.append("</svg>");

        var doc = StandaloneSvg.check(s.toString());
        assertThat(doc.getDocumentElement().getFirstChild().getTextContent()).isEqualTo("D & size <log>");
        assertThat(doc.getDocumentElement().getAttribute("font-size")).isEqualTo("12");
        assertThat(StandaloneSvg.hoverTexts(doc)).isZero();
    }
}
