package org.moralbase.stats.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * W₁ against SciPy 1.10 {@code scipy.stats.wasserstein_distance}, numbers from
 * src/test/resources/reference/questionnaire_reference.py, to 1e-12 (a finite sum of products).
 */
class WassersteinTest {

    static final double[] PEOPLE = {1, 2, 2, 3, 5, 5, 5, 6, 7, 7, 4, 4};
    static final double[] MODEL = {3, 3, 4, 4, 4, 5, 7};

    @Test
    void samplesOfAnswersMatchScipy() {
        // wasserstein_distance(people, model) = 0.72619047619047605
        assertThat(Wasserstein.distance(PEOPLE, MODEL)).isCloseTo(0.72619047619047605, within(1e-12));
        assertThat(Wasserstein.distance(MODEL, PEOPLE)).isCloseTo(0.72619047619047605, within(1e-12));
        // wasserstein_distance([7], [1, 2]) = 5.5
        assertThat(Wasserstein.distance(new double[] {7}, new double[] {1, 2})).isCloseTo(5.5, within(1e-12));
        assertThat(Wasserstein.distance(PEOPLE, PEOPLE)).isZero();
    }

    @Test
    void weightedScalePointsMatchScipy() {
        // wasserstein_distance(p, p, [10, 0, 5, 3, 2], [1, 1, 1, 1, 6]) with p = 1..5: 1.6499999999999999
        double[] points = {1, 2, 3, 4, 5};
        assertThat(Wasserstein.distance(points, new double[] {10, 0, 5, 3, 2}, new double[] {1, 1, 1, 1, 6}))
                .isCloseTo(1.65, within(1e-12));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> Wasserstein.distance(new double[0], MODEL)).hasMessageContaining("u needs");
        assertThatThrownBy(() -> Wasserstein.distance(new double[] {1, 1}, new double[] {1, 1}, new double[] {1, 1}))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> Wasserstein.distance(new double[] {1, 2}, new double[] {0, 0}, new double[] {1, 1}))
                .hasMessageContaining("u weights must have a positive sum");
        assertThatThrownBy(() -> Wasserstein.distance(new double[] {1, 2}, new double[] {-1, 2}, new double[] {1, 1}))
                .hasMessageContaining("non-negative");
    }
}
