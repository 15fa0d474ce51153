package org.moralbase.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PValuesTest {

    @Test
    void pValuesAreWrittenWithThreeDecimalsAndSmallOnesAsBelowOneThousandth() {
        assertThat(PValues.format(0.0234)).isEqualTo("p = 0.023");
        assertThat(PValues.format(0.001)).isEqualTo("p = 0.001");
        assertThat(PValues.format(0.00099)).isEqualTo("p < 0.001");
        assertThat(PValues.format(1.6e-12)).isEqualTo("p < 0.001");
        assertThat(PValues.format(1.0)).isEqualTo("p = 1.000");
        assertThat(PValues.format(Double.NaN)).isEqualTo("p –");
    }

    @Test
    void anUnderflowedPValueKnownInLogSpaceIsStillBelowOneThousandthNeverAPowerOfE() {
        // DVB's 31,668 / 104,725: p underflows to 0, ln p = -8410.9
        assertThat(PValues.format(0.0, -8410.9)).isEqualTo("p < 0.001");
        assertThat(PValues.format(0.5, Math.log(0.5))).isEqualTo("p = 0.500");
    }

    @Test
    void tableCellsLeaveOutThePAndTheEqualsSign() {
        assertThat(PValues.cell(0.0234)).isEqualTo("0.023");
        assertThat(PValues.cell(1e-20)).isEqualTo("< 0.001");
        assertThat(PValues.cell(Double.NaN)).isEqualTo("–");
    }

    @Test
    void intervalsFromFewRowsOrOfZeroWidthCarryACaveat() {
        assertThat(IntervalCaveat.of(6, 1.0, 1.0)).contains("only 6 rows: interval not informative");
        assertThat(IntervalCaveat.of(1, 0.2, 0.9)).contains("only 1 row: interval not informative");
        assertThat(IntervalCaveat.of(50, 0.3, 0.3)).contains("interval of zero width from 50 rows: not informative");
        assertThat(IntervalCaveat.of(50, 0.3, 0.5)).isEmpty();
        assertThat(IntervalCaveat.estimate(1.0, 6, 1.0, 1.0))
                .isEqualTo("1.000 (only 6 rows: interval not informative)");
        assertThat(IntervalCaveat.estimate(0.4, 50, 0.3, 0.5)).isEqualTo("0.400 [0.300, 0.500]");
    }
}
