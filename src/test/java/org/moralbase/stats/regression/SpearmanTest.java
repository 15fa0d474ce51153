package org.moralbase.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class SpearmanTest {

    @Test
    void tiesShareTheirAverageRank() {
        // R: rank(c(3, 1, 3, 2, 3)) gives 4 1 4 2 4
        assertThat(Spearman.averageRanks(new double[] {3, 1, 3, 2, 3})).containsExactly(4, 1, 4, 2, 4);
    }

    @Test
    void smallTiedSampleMatchesRCorTest() {
        // R: cor.test(c(1,2,2,4,5,6,7,8), c(2,1,4,3,6,6,8,7), method = "spearman", exact = FALSE)
        //    rho = 0.89156626506024095, p-value = 0.002933782942944873, S = 9.1084337349397604 (sprintf %.17g)
        // Tolerance: 1e-12 absolute on rho, 1e-10 on S, 1e-8 relative on p.
        SpearmanResult r = Spearman.test(new double[] {1, 2, 2, 4, 5, 6, 7, 8}, new double[] {2, 1, 4, 3, 6, 6, 8, 7});
        assertThat(r.rho()).isCloseTo(0.89156626506024095, within(1e-12));
        assertThat(r.statistic()).isCloseTo(9.1084337349397604, within(1e-10));
        assertThat(r.pValue()).isCloseTo(0.002933782942944873, withinPercentage(1e-6));
        assertThat(r.n()).isEqualTo(8);
    }

    @Test
    void constantInputIsRejected() {
        assertThatThrownBy(() -> Spearman.test(new double[] {1, 1, 1}, new double[] {1, 2, 3}))
                .hasMessageContaining("constant");
    }
}
