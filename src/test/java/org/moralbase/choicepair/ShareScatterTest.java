package org.moralbase.choicepair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-item scatter of people's against models' share of option A. */
class ShareScatterTest {

    private static final Pattern DOT = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" r=\"4.5\"");

    @Test
    void eachItemAnsweredByBothSidesIsOneDotAtItsTwoShares() {
        List<ItemModelShare> rows = List.of(
                new ItemModelShare("k1", "m1", 0.25, 4, 1.0, 2, 0, 0.9, false),
                new ItemModelShare("k2", "m1", null, 0, 0.5, 2, 0, null, null), // no people yet: no dot
                new ItemModelShare("k1", "m<2>", 0.5, 4, 0.0, 1, 1, 1.2, null));
        String svg = ShareScatter.svg(rows);
        Matcher m = DOT.matcher(svg);
        assertThat(m.find()).isTrue();
        // plot 420 px square from x = 56; two legend rows put its top at 14 + 36 + 12 = 62
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(56 + 0.25 * 420);
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(62);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(56 + 0.5 * 420);
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(62 + 420);
        assertThat(m.find()).isFalse();
        assertThat(svg)
                .contains("<title>k1 · m1: people 0.250 (n=4), model 1.000 (n=2), KL 0.900</title>")
                .contains("m&lt;2&gt;")
                .doesNotContain("m<2>");
    }
}
