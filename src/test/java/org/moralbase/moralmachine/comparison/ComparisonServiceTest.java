package org.moralbase.moralmachine.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.moralbase.base.StandaloneSvg;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceEstimate;

/** The AMCE profile comparison: D to the chosen baseline, shares of D², and the chart's hover values. */
class ComparisonServiceTest {

    private static AmceProfile profile(String label, double... v) {
        return new AmceProfile(
                label,
                IntStream.range(0, 9)
                        .mapToObj(i -> AmceEstimate.of(AmceAttribute.values()[i], v[i], 0.05, 100, 50))
                        .toList());
    }

    @Test
    void distanceIsToTheChosenBaselineWithEachDimensionsShareOfDSquared() throws Exception {
        AmceProfile human = profile("Study", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        AmceProfile model = profile("M (run 7)", 0.3, 0, 0, 0, 0, 0, 0, 0.4, 0);
        Comparison c = ComparisonService.compare(human, List.of(new ComparisonService.RunLine(7, model, 0.5)));

        Comparison.ModelLine line = c.models().getFirst();
        assertThat(line.distance().distance()).isCloseTo(0.5, within(1e-12));
        assertThat(line.distance().dimension(AmceAttribute.INTERVENTION).shareOfSquaredDistance())
                .isCloseTo(0.36, within(1e-12));
        assertThat(line.distance().dimension(AmceAttribute.NO_CHARACTERS).shareOfSquaredDistance())
                .isCloseTo(0.64, within(1e-12));
        assertThat(c.svg()).contains("M (run 7), Intervention: 0.300 [0.202, 0.398]", "Study, Species: 0.000");
        // a standalone file with a hover value on each of the nine marks of both profiles
        assertThat(StandaloneSvg.hoverTexts(StandaloneSvg.check(c.svg()))).isEqualTo(2 * 9);
        // the phone's chart: the same marks, 380 wide, each name on its own line above its band (start-anchored)
        assertThat(StandaloneSvg.hoverTexts(StandaloneSvg.check(c.narrowSvg()))).isEqualTo(2 * 9);
        assertThat(c.narrowSvg()).contains("width=\"380\"").doesNotContain("text-anchor=\"end\"");
        assertThat(c.narrowSvg()).contains("text-anchor=\"start\" fill=\"#222\">Relation to AV</text>");
    }

    @Test
    void awad2018IsTheDefaultHumanVectorWithoutIntervals() {
        AmceProfile awad = ComparisonService.awad2018();
        AmceProfile model = profile("M", 0.061, 0.097, 0.353, 0.119, 0.160, 0.345, 0.497, 0.651, 0.585 + 0.2);
        Comparison c = ComparisonService.compare(awad, List.of(new ComparisonService.RunLine(1, model, 0.5)));
        assertThat(c.models().getFirst().distance().distance()).isCloseTo(0.2, within(1e-12));
        assertThat(c.svg()).contains("Awad 2018 (humans), Law: 0.353</title>");
    }

    @Test
    void aMissingAmceGivesNoDistance() {
        double[] v = new double[9];
        v[4] = Double.NaN;
        Comparison c = ComparisonService.compare(
                ComparisonService.awad2018(), List.of(new ComparisonService.RunLine(1, profile("M", v), 0.5)));
        assertThat(c.models().getFirst().distance()).isNull();
        assertThat(c.svg()).contains("no estimate");
    }
}
