package org.moralbase.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fleiss' kappa against the worked example of the Wikipedia article "Fleiss' kappa" (10 subjects, 14 raters,
 * 5 categories; published P̄ = 0.378, P_e = 0.213, κ = 0.210, to ±0.0005) and, to 1e-12, against R 4.2.2
 * values hand-computed from Fleiss (1971) in {@code src/test/r/kappa_reference.R} (irr::kappam.fleiss is not
 * packaged in Debian bookworm).
 */
class FleissKappaTest {

    static final int[][] WIKIPEDIA = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
    };

    @Test
    void wikipediaExampleGivesPoint210() {
        FleissKappaEstimate f = FleissKappa.estimate(WIKIPEDIA);
        assertThat(f.kappa()).isCloseTo(0.210, within(0.0005));
        assertThat(f.meanObservedAgreement()).isCloseTo(0.378, within(0.0005));
        assertThat(f.expectedAgreement()).isCloseTo(0.213, within(0.0005));
        assertThat(f.kappa()).isCloseTo(0.20993070442195522, within(1e-12));
        assertThat(f.meanObservedAgreement()).isCloseTo(0.37802197802197801, within(1e-12));
        assertThat(f.expectedAgreement()).isCloseTo(0.21275510204081632, within(1e-12));
        assertThat(f.items()).isEqualTo(10);
        assertThat(f.ratersPerItem()).isEqualTo(14);
    }

    @Test
    void perCategoryKappasMatchR() {
        double[] expected = {
            0.20128205128205134, 0.079670329670329609, 0.17159763313609477, 0.030381383322559685, 0.5076566951566952
        };
        List<Double> actual = FleissKappa.estimate(WIKIPEDIA).categoryKappas();
        for (int j = 0; j < expected.length; j++) {
            assertThat(actual.get(j)).as("category " + j).isCloseTo(expected[j], within(1e-12));
        }
    }

    @Test
    void longFormatGivesTheSameKappa() {
        List<Rating<String>> ratings = new ArrayList<>();
        for (int i = 0; i < WIKIPEDIA.length; i++) {
            int rater = 0;
            for (int j = 0; j < WIKIPEDIA[i].length; j++) {
                for (int c = 0; c < WIKIPEDIA[i][j]; c++) {
                    ratings.add(new Rating<>("s" + i, "r" + rater++, "cat" + j));
                }
            }
        }
        FleissKappaEstimate f = FleissKappa.estimate(ratings);
        assertThat(f.kappa()).isCloseTo(0.20993070442195522, within(1e-12));
        assertThat(f.categories()).containsExactlyInAnyOrder("cat0", "cat1", "cat2", "cat3", "cat4");
    }

    @Test
    void refusesItemsWithDifferentNumbersOfRatings() {
        assertThatThrownBy(() -> FleissKappa.estimate(new int[][] {{2, 1}, {1, 1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same number of ratings per item");
    }
}
