package org.moralbase.stats.utility;

import java.util.List;

/**
 * Fits Thurstonian utilities to pairwise votes by maximum likelihood (Mazeika et al. 2025, §3 and appendix; their
 * {@code fit_thurstonian_model}): per outcome U(o) ~ N(μ_o, σ²_o) with σ² = exp(s); P(a ≻ b) = Φ((μa − μb) /
 * √(σ²a + σ²b + 1e-5)), the 1e-5 in the scale where μ has SD 1, as in their code; the loss is the binary cross-entropy of each pair's empirical P against the model's, averaged over
 * the pairs (each pair weighs the same, whatever its number of votes, as in their code). They run Adam for 1000
 * epochs; this runs limited-memory BFGS ({@code Lbfgs}) for up to 30 steps, then Newton's method with Levenberg
 * damping ({@code DampedNewton}), each step solved by conjugate gradients on the Hessian kept as one 4 × 4 block per
 * pair ({@code PairHessian}; a dense Cholesky factorisation only if they stall), until no component of the gradient
 * exceeds 1e-10 (or no step makes progress), then
 * normalises μ to mean 0 and sample SD 1 and scales σ² with it. The loss does not
 * change under a shift of μ or a common scaling of μ and σ, so only the normalised result is defined (decision 0022).
 * The 1e-5 keeps the optimum finite when an outcome's votes are all one way (its σ would go to 0); their guard of 1e-5
 * added to the SD of μ (against an SD of 0) is left out.
 */
public final class ThurstonianFit {

    private static final double P_FLOOR = 1e-12;

    /** L-BFGS steps before Newton's method takes over (enough to leave the flat start behind; decision 0022). */
    private static final int ROUGH_STEPS = 30;

    /** Added to σ²a + σ²b, in the normalised scale (their code's 1e-5). */
    static final double FLOOR = 1e-5;

    private final int maxIterations;
    private final double gradientTolerance;

    private ThurstonianFit(int maxIterations, double gradientTolerance) {
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
    }

    /** Up to 20,000 iterations, until no component of the loss's gradient exceeds 1e-10. */
    public static ThurstonianFit withDefaults() {
        return new ThurstonianFit(20_000, 1e-10);
    }

    /** The same fit with another iteration limit. */
    public ThurstonianFit withMaxIterations(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("iterations: at least 1");
        }
        return new ThurstonianFit(n, gradientTolerance);
    }

    /** The same fit stopping when no component of the gradient exceeds {@code tolerance}. */
    public ThurstonianFit withTolerance(double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance: positive");
        }
        return new ThurstonianFit(maxIterations, tolerance);
    }

    /** Fits the votes on pairs of {@code outcomes} outcomes (indexes 0 … outcomes − 1). */
    public Utilities fit(int outcomes, List<PairVotes> pairs) {
        return fit(outcomes, pairs, null);
    }

    /**
     * Fits, starting from an earlier fit of the same outcomes (a bootstrap resample converges in a few steps), or from
     * μ = 0, σ² = 1 when {@code start} is null.
     */
    public Utilities fit(int outcomes, List<PairVotes> pairs, Utilities start) {
        check(outcomes, pairs);
        Loss loss = new Loss(outcomes, pairs);
        double[] x0 = new double[2 * outcomes];
        if (start != null && start.outcomes() == outcomes) {
            for (int i = 0; i < outcomes; i++) {
                x0[i] = start.mean()[i];
                x0[outcomes + i] = Math.log(start.variance()[i]);
            }
        } else {
            // a tiny deterministic spread, so no two outcomes start exactly equal
            for (int i = 0; i < outcomes; i++) {
                x0[i] = 1e-3 * Math.sin(i + 1);
            }
        }
        // the mean of μ and the mean of s stay where they start: the loss does not change under a shift of μ or a
        // common scaling of μ and σ (which moves every s alike), so fixing both means removes the flat directions; the
        // result is normalised below.
        // A few limited-memory BFGS steps leave the flat start behind cheaply; damped Newton then converges in tens of
        // steps, where BFGS alone crawls (an outcome whose σ goes to the floor makes the loss ill-conditioned)
        Lbfgs.Result rough = Lbfgs.minimize(
                loss::value,
                loss::gradient,
                x0,
                new int[] {0, outcomes, outcomes, 2 * outcomes},
                Math.min(maxIterations, ROUGH_STEPS),
                gradientTolerance);
        Lbfgs.Result best = DampedNewton.minimize(loss, rough.x(), maxIterations, gradientTolerance);
        return normalised(outcomes, best.x(), best.value(), best.iterations());
    }

    private static Utilities normalised(int n, double[] x, double loss, int iterations) {
        double[] variance = new double[n];
        for (int i = 0; i < n; i++) {
            variance[i] = Math.exp(x[n + i]);
        }
        return Utilities.normalised(java.util.Arrays.copyOf(x, n), variance, loss, iterations);
    }

    static void check(int outcomes, List<PairVotes> pairs) {
        if (outcomes < 2) {
            throw new IllegalArgumentException("outcomes: at least 2 are needed to fit utilities, got " + outcomes);
        }
        if (pairs == null || pairs.isEmpty()) {
            throw new IllegalArgumentException("pairs: no votes to fit");
        }
        for (int k = 0; k < pairs.size(); k++) {
            PairVotes p = pairs.get(k);
            if (p.a() >= outcomes || p.b() >= outcomes) {
                throw new IllegalArgumentException("pair " + (k + 1) + ": outcome index " + Math.max(p.a(), p.b())
                        + " is not among the " + outcomes + " outcomes");
            }
        }
    }

    /** The mean binary cross-entropy over the pairs, and its gradient, in (μ, s). */
    static final class Loss {
        private final int n;
        private final int[] a;
        private final int[] b;
        private final double[] p;

        Loss(int n, List<PairVotes> pairs) {
            this.n = n;
            this.a = new int[pairs.size()];
            this.b = new int[pairs.size()];
            this.p = new double[pairs.size()];
            for (int k = 0; k < pairs.size(); k++) {
                a[k] = pairs.get(k).a();
                b[k] = pairs.get(k).b();
                p[k] = pairs.get(k).probabilityA();
            }
        }

        double value(double[] x) {
            double floor = FLOOR * variance(x);
            double sum = 0;
            for (int k = 0; k < a.length; k++) {
                double v = Math.exp(x[n + a[k]]) + Math.exp(x[n + b[k]]) + floor;
                double q = clamp(Utilities.phi((x[a[k]] - x[b[k]]) / Math.sqrt(v)));
                sum -= p[k] * Math.log(q) + (1 - p[k]) * Math.log(1 - q);
            }
            return sum / a.length;
        }

        double[] gradient(double[] x) {
            double[] g = new double[2 * n];
            double floor = FLOOR * variance(x);
            double dv = 0; // d loss / d floor, summed over the pairs
            for (int k = 0; k < a.length; k++) {
                double va = Math.exp(x[n + a[k]]);
                double vb = Math.exp(x[n + b[k]]);
                double v = va + vb + floor;
                double sv = Math.sqrt(v);
                double z = (x[a[k]] - x[b[k]]) / sv;
                double q = clamp(Utilities.phi(z));
                double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
                double dz = -density * (p[k] - q) / (q * (1 - q)); // d loss_k / d z
                g[a[k]] += dz / sv;
                g[b[k]] -= dz / sv;
                double dzdv = dz * (-z / (2 * v));
                g[n + a[k]] += dzdv * va;
                g[n + b[k]] += dzdv * vb;
                dv += dzdv;
            }
            // the floor is FLOOR · var(μ): d var(μ) / d μ_i = 2 (μ_i − mean) / (n − 1)
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i] / n;
            }
            for (int i = 0; i < n; i++) {
                g[i] += dv * FLOOR * 2 * (x[i] - mean) / (n - 1);
            }
            for (int i = 0; i < g.length; i++) {
                g[i] /= a.length;
            }
            return g;
        }

        /**
         * The Hessian of the loss at {@code x}, ignoring the floor's dependence on μ, pair by pair: Σ_k (ℓ''(z_k) j_k
         * j_kᵀ + ℓ'(z_k) ∇²z_k) / K with j_k = dz_k/dθ and ℓ the pair's cross-entropy as a function of z; or, when
         * {@code expected}, the expected (Fisher) information Σ_k w_k j_k j_kᵀ / K, w_k = φ(z_k)² / (q_k (1 − q_k)),
         * which is never indefinite. Either comes with the diagonal of the expected information, for the damping.
         */
        PairHessian curvature(double[] x, boolean expected) {
            double floor = FLOOR * variance(x);
            int[] index = new int[4 * a.length];
            double[] block = new double[16 * a.length];
            double[] fisher = new double[2 * n];
            double[] j = new double[4];
            for (int k = 0; k < a.length; k++) {
                double va = Math.exp(x[n + a[k]]);
                double vb = Math.exp(x[n + b[k]]);
                double v = va + vb + floor;
                double sv = Math.sqrt(v);
                double z = (x[a[k]] - x[b[k]]) / sv;
                double q = clamp(Utilities.phi(z));
                double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
                double d = q * (1 - q);
                double u = p[k] - q;
                double w = density * density / d;
                double first = expected ? 0 : -density * u / d; // ℓ'(z), 0 in expectation
                double second = expected ? w : (z * density * u + density * density) / d + w * u * (1 - 2 * q) / d;
                int e = 4 * k;
                index[e] = a[k];
                index[e + 1] = b[k];
                index[e + 2] = n + a[k];
                index[e + 3] = n + b[k];
                j[0] = 1 / sv;
                j[1] = -1 / sv;
                j[2] = -z / (2 * v) * va;
                j[3] = -z / (2 * v) * vb;
                for (int r = 0; r < 4; r++) {
                    fisher[index[e + r]] += w * j[r] * j[r] / a.length;
                    for (int c = 0; c < 4; c++) {
                        block[16 * k + 4 * r + c] = second * j[r] * j[c];
                    }
                }
                // ∇²z: z = (μa − μb) v^(−1/2), v = e^sa + e^sb + floor
                double half = 0.5 / (v * sv);
                addSymmetric(block, 16 * k, 0, 2, -first * half * va);
                addSymmetric(block, 16 * k, 0, 3, -first * half * vb);
                addSymmetric(block, 16 * k, 1, 2, first * half * va);
                addSymmetric(block, 16 * k, 1, 3, first * half * vb);
                block[16 * k + 10] += first * z * (0.75 * va * va / (v * v) - 0.5 * va / v);
                block[16 * k + 15] += first * z * (0.75 * vb * vb / (v * v) - 0.5 * vb / v);
                addSymmetric(block, 16 * k, 2, 3, first * z * 0.75 * va * vb / (v * v));
                for (int c = 0; c < 16; c++) {
                    block[16 * k + c] /= a.length;
                }
            }
            return new PairHessian(2 * n, index, block, fisher);
        }

        private static void addSymmetric(double[] block, int at, int r, int c, double value) {
            block[at + 4 * r + c] += value;
            block[at + 4 * c + r] += value;
        }

        /** The sample variance of the means (the scale the result is normalised by). */
        private double variance(double[] x) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i] / n;
            }
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (x[i] - mean) * (x[i] - mean);
            }
            return ss / (n - 1);
        }

        private static double clamp(double q) {
            return Math.min(1 - P_FLOOR, Math.max(P_FLOOR, q));
        }
    }
}
