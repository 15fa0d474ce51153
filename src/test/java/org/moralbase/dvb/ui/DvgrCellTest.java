package org.moralbase.dvb.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moralbase.stats.proportion.ProportionEstimator;

/** The DVGR page's cells: p-values as researchers write them, and no false precision from few rows. */
class DvgrCellTest {

    private final ProportionEstimator wilson = ProportionEstimator.withDefaults();

    @Test
    void theUnderflowingPublishedPValueIsBelowOneThousandthNotAPowerOfE() {
        // DVB's published 31,668 / 104,725: the p-value underflows, its log is about -8410.9
        String cell = DvgrView.cell(wilson.estimate(31_668, 104_725));
        assertThat(cell)
                .startsWith("0.302 [0.300, 0.305]  31668/104725  p < 0.001")
                .doesNotContain("e^");
    }

    @Test
    void sixRowsGiveTheEstimateWithACaveatInsteadOfAnInterval() {
        assertThat(DvgrView.cell(wilson.estimate(6, 6)))
                .isEqualTo("1.000 (only 6 rows: interval not informative)  6/6  p = 0.031");
    }
}
