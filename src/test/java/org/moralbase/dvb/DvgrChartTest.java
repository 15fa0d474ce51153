package org.moralbase.dvb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.moralbase.stats.proportion.ProportionEstimator;

/** The DVGR chart: one row per group, a dot at the rate and a bar over its Wilson interval. */
class DvgrChartTest {

    private static final Pattern DOT = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");

    @Test
    void eachRateIsADotOnTheZeroToOneScaleAndAMissingOneSaysSo() {
        var people = ProportionEstimator.withDefaults().estimate(3, 4);
        String svg = DvgrChart.svg(List.of(
                new DvgrChart.Line("People", people, "#d9480f"), new DvgrChart.Line("Model <x>", null, "#1f5fbf")));
        Matcher m = DOT.matcher(svg);
        assertThat(m.find()).isTrue();
        // the scale runs from x = 230 to 690: 0.75 sits at 230 + 0.75 * 460
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(230 + 0.75 * 460);
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(30 + 14);
        assertThat(m.find()).isFalse();
        assertThat(svg)
                .contains("People: 0.750 [" + String.format(java.util.Locale.ROOT, "%.3f", people.ciLow()))
                .contains("Model &lt;x&gt;")
                .contains("no answers yet");
    }
}
