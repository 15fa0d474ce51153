# Reference values for ChoiceComparisonTest (Python 3 with NumPy and SciPy).
# Run: python3 src/test/resources/reference/choice_comparison_reference.py > choice_comparison_reference.txt
# The definitions of methods §6 (decided 2026-12-04), per item with human counts a (option A), b and model counts
# k (A), m (B):
#   human share p = a / (a + b), model share k / (k + m) (both None without answers), p is not smoothed;
#   q = (k + 1/2) / (k + m + 1) (Jeffreys), computed as an exact fraction;
#   divergence KL(p || q) in nats, by scipy.special.rel_entr(p, q) + rel_entr(1 - p, 1 - q) (0 log 0 = 0), and a
#   second way, scipy.stats.entropy([p, 1 - p], [q, 1 - q]); the two must agree to 1e-14;
#   agreement: sign(a - b) == sign(k - m), None when either side is tied or empty;
#   summary over items with both shares: count, count with both majorities, ties, agreement rate, mean divergence.
from fractions import Fraction
import numpy as np
import scipy
from scipy.special import rel_entr
from scipy.stats import entropy

items = [(37, 13, 7, 3), (5, 45, 9, 1), (20, 0, 0, 10), (0, 8, 0, 10), (12, 12, 6, 4), (3, 9, 5, 5),
         (7, 2, 0, 0), (0, 0, 3, 1), (1, 0, 1, 0), (1000, 1, 50, 0), (2, 2, 0, 4), (0, 3, 40, 0)]
print(f"# numpy {np.__version__}, scipy {scipy.__version__}")
divergences, agreements = [], []
for a, b, k, m in items:
    p = a / (a + b) if a + b else None
    share = k / (k + m) if k + m else None
    q = float(Fraction(2 * k + 1, 2 * (k + m + 1)))
    kl = None
    if p is not None and share is not None:
        kl = float(rel_entr(p, q) + rel_entr(1 - p, 1 - q))
        assert abs(kl - float(entropy([p, 1 - p], [q, 1 - q]))) < 1e-14
        divergences.append(kl)
    agree = None
    if kl is not None and a != b and k != m:
        agree = 1 if (a > b) == (k > m) else 0
        agreements.append(agree)
    nan = "NA"
    print("{%d, %d, %d, %d, %s, %s, %s, %s, %s}," % (
        a, b, k, m, nan if p is None else repr(p), nan if share is None else repr(share), repr(q),
        nan if kl is None else repr(kl), nan if agree is None else agree))
n = len(divergences)
print("items=%d majorityItems=%d tiedItems=%d agreementRate=%r meanDivergence=%r" % (
    n, len(agreements), n - len(agreements), sum(agreements) / len(agreements), sum(divergences) / n))
