"""Reference numbers for WassersteinTest and MeanDifferenceTest (Python 3, NumPy, SciPy).

Wasserstein: scipy.stats.wasserstein_distance(u, v) on samples and, for weighted points,
scipy.stats.wasserstein_distance(points, points, u_weights, v_weights).

Mean difference: an independent re-implementation of the bootstrap that MeanDifference documents: java.util.Random
(its algorithm is specified in the JDK's Javadoc: a 48-bit LCG; nextInt(bound) with rejection), each replicate
drawing len(a) indices for a then len(b) for b, and numpy.quantile (method "linear" = R type 7) of the differences.
Run: python3 src/test/resources/reference/questionnaire_reference.py
"""
import numpy as np
from scipy.stats import wasserstein_distance

MASK = (1 << 48) - 1


class JavaRandom:
    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & MASK

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & MASK
        r = self.seed >> (48 - bits)
        return r - (1 << 32) if r >= (1 << 31) else r  # as a signed 32-bit int

    def next_int(self, bound):
        r = self.next(31)
        m = bound - 1
        if bound & m == 0:
            return (bound * r) >> 31
        u = r
        while True:
            r = u % bound
            if u - r + m < (1 << 31):  # no 32-bit overflow: accept
                return r
            u = self.next(31)


def bootstrap(a, b, replicates, seed, level=0.95):
    rnd = JavaRandom(seed)
    diffs = []
    for _ in range(replicates):
        ma = sum(a[rnd.next_int(len(a))] for _ in a) / len(a)
        mb = sum(b[rnd.next_int(len(b))] for _ in b) / len(b)
        diffs.append(ma - mb)
    tail = (1 - level) / 2
    return np.mean(a) - np.mean(b), np.quantile(diffs, tail), np.quantile(diffs, 1 - tail)


people = [1, 2, 2, 3, 5, 5, 5, 6, 7, 7, 4, 4]
model = [3, 3, 4, 4, 4, 5, 7]
print("wasserstein samples %.17g" % wasserstein_distance(people, model))
print("wasserstein single %.17g" % wasserstein_distance([7], [1, 2]))
points = [1, 2, 3, 4, 5]
print("wasserstein weights %.17g" % wasserstein_distance(points, points, [10, 0, 5, 3, 2], [1, 1, 1, 1, 6]))
print("mean difference B=2000 seed=42 level=0.95 %.17g %.17g %.17g" % bootstrap(people, model, 2000, 42))
print("mean difference B=999 seed=7 level=0.9 %.17g %.17g %.17g" % bootstrap(people, model, 999, 7, 0.9))
print("mean difference (bound a power of two) B=500 seed=-3 %.17g %.17g %.17g"
      % bootstrap([1, 2, 3, 4, 5, 6, 7, 1], [2, 2, 6, 6], 500, -3))
