package org.moralbase.stats.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-pair Hessian against central finite differences of the loss's analytic gradient (step 1e-6; tolerance 1e-5
 * absolute, the differences' error plus the floor's dependence on μ, which the Hessian leaves out), and the
 * conjugate-gradient solve against its own residual. The fit as a whole is tested against SciPy in
 * {@link ThurstonianFitTest}.
 */
class PairHessianTest {

    private static final int N = 6;

    @Test
    void theHessianIsTheGradientsDerivative() {
        ThurstonianFit.Loss loss = new ThurstonianFit.Loss(N, votes());
        double[] x = point();
        PairHessian h = loss.curvature(x, false);
        double eps = 1e-6;
        for (int c = 0; c < 2 * N; c++) {
            double[] unit = new double[2 * N];
            unit[c] = 1;
            double[] column = h.times(0, unit);
            double[] up = x.clone();
            double[] down = x.clone();
            up[c] += eps;
            down[c] -= eps;
            double[] gUp = loss.gradient(up);
            double[] gDown = loss.gradient(down);
            for (int i = 0; i < 2 * N; i++) {
                assertThat(column[i]).as("H[%d][%d]", i, c).isCloseTo((gUp[i] - gDown[i]) / (2 * eps), within(1e-5));
            }
        }
    }

    @Test
    void theSolveLeavesAResidualBelowTheTolerance() {
        ThurstonianFit.Loss loss = new ThurstonianFit.Loss(N, votes());
        double[] x = point();
        double[] g = loss.gradient(x);
        for (boolean expected : new boolean[] {true, false}) {
            PairHessian h = loss.curvature(x, expected);
            double lambda = 10; // damped enough to be positive definite at this point
            double[] step = h.solve(lambda, g, 1e-10);
            double[] back = h.times(lambda, step);
            double residual = 0;
            double norm = 0;
            for (int i = 0; i < g.length; i++) {
                residual += (back[i] - g[i]) * (back[i] - g[i]);
                norm += g[i] * g[i];
            }
            assertThat(Math.sqrt(residual)).isLessThanOrEqualTo(1e-10 * Math.sqrt(norm) * 1.0001);
        }
    }

    private static List<PairVotes> votes() {
        Random random = new Random(6);
        List<PairVotes> votes = new ArrayList<>();
        for (int a = 0; a < N; a++) {
            for (int b = a + 1; b < N; b++) {
                votes.add(new PairVotes(a, b, random.nextInt(11), 10));
            }
        }
        return votes;
    }

    private static double[] point() {
        Random random = new Random(7);
        double[] x = new double[2 * N];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.7 * random.nextGaussian();
        }
        return x;
    }
}
