package org.moralbase.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cohen's kappa and its Fleiss–Cohen–Everitt (1969) standard error against R 4.2.2 with psych 2.2.9:
 * {@code ck <- cohen.kappa(t); ck$kappa; sqrt(ck$var.kappa)} (see {@code src/test/r/kappa_reference.R}),
 * to 1e-12 absolute. The 2 × 2 case is also checkable by hand: p_o = 0.7, p_e = 0.5, κ = 0.4.
 */
class CohenKappaTest {

    static final long[][] THREE_BY_THREE = {{22, 2, 2}, {5, 7, 3}, {1, 2, 14}};

    @Test
    void threeCategoryTableMatchesPsych() {
        CohenKappaEstimate k = CohenKappa.estimate(THREE_BY_THREE);
        assertThat(k.kappa()).isCloseTo(0.59497206703910621, within(1e-12));
        assertThat(k.standardError()).isCloseTo(0.087239081648271141, within(1e-12));
        assertThat(k.items()).isEqualTo(58);
    }

    @Test
    void twoByTwoTableMatchesPsychAndHandComputation() {
        CohenKappaEstimate k = CohenKappa.estimate(new long[][] {{20, 5}, {10, 15}});
        assertThat(k.observedAgreement()).isCloseTo(0.7, within(1e-15));
        assertThat(k.expectedAgreement()).isCloseTo(0.5, within(1e-15));
        assertThat(k.kappa()).isCloseTo(0.39999999999999991, within(1e-12));
        assertThat(k.standardError()).isCloseTo(0.12699606293110036, within(1e-12));
    }

    @Test
    void longFormatBuildsTheSameTableAndDropsHalfRatedItems() {
        List<Rating<String>> ratings = new ArrayList<>();
        String[] labels = {"x", "y", "z"};
        int item = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (long c = 0; c < THREE_BY_THREE[i][j]; c++, item++) {
                    ratings.add(new Rating<>("i" + item, "ann", labels[i]));
                    ratings.add(new Rating<>("i" + item, "bob", labels[j]));
                }
            }
        }
        ratings.add(new Rating<>("half", "ann", "x"));
        ratings.add(new Rating<>("missing", "ann", "y"));
        ratings.add(new Rating<>("missing", "bob", null));
        CohenKappaEstimate k = CohenKappa.estimate(ratings);
        assertThat(k.items()).isEqualTo(58);
        assertThat(k.kappa()).isCloseTo(0.59497206703910621, within(1e-12));
    }

    @Test
    void refusesMoreThanTwoRaters() {
        List<Rating<String>> ratings =
                List.of(new Rating<>("i", "a", "x"), new Rating<>("i", "b", "x"), new Rating<>("i", "c", "x"));
        assertThatThrownBy(() -> CohenKappa.estimate(ratings)).hasMessageContaining("exactly two raters");
    }
}
