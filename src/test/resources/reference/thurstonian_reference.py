# Reference values for ThurstonianFitTest: the Thurstonian utilities of Mazeika et al. 2025 fitted by SciPy.
# Reads the 120-outcome, 1658-pair fixture simulated by src/test/r/thurstonian_reference.R (thurstonian_pairs.csv:
# a, b, votes_a, votes) and minimises the mean binary cross-entropy of each pair's vote share p against
#   P(a > b) = Phi((mu_a - mu_b) / sqrt(exp(s_a) + exp(s_b) + 1e-5 * var(mu)))
# with scipy.optimize.minimize(method="BFGS", jac=analytic gradient, gtol=1e-11, maxiter=200000) from mu evenly
# spread on [-1, 1] and s = 0; then normalises mu to mean 0 and sample SD 1 and divides sigma^2 by that SD squared.
# Nothing here is ported from the Java. Run from the worktree root (Python 3.11, NumPy, SciPy 1.17.1):
#   python3 src/test/resources/reference/thurstonian_reference.py
# Writes thurstonian_expected.csv (outcome, mean, variance, loss) beside the pairs.
import csv
import numpy as np
from scipy.optimize import minimize
from scipy.special import log_ndtr, ndtr

DIR = "src/test/resources/org/moralbase/stats/utility/"
rows = list(csv.DictReader(open(DIR + "thurstonian_pairs.csv")))
a = np.array([int(r["a"]) for r in rows])
b = np.array([int(r["b"]) for r in rows])
p = np.array([float(r["votes_a"]) / float(r["votes"]) for r in rows])
n = int(max(a.max(), b.max())) + 1
K = len(a)


def parts(x):
    mu, s = x[:n], x[n:]
    floor = 1e-5 * np.var(mu, ddof=1)
    va, vb = np.exp(s[a]), np.exp(s[b])
    v = va + vb + floor
    z = (mu[a] - mu[b]) / np.sqrt(v)
    return mu, va, vb, v, z


def loss(x):
    _, _, _, _, z = parts(x)
    return -np.mean(p * log_ndtr(z) + (1 - p) * log_ndtr(-z))


def grad(x):
    mu, va, vb, v, z = parts(x)
    q = ndtr(z)
    dens = np.exp(-0.5 * z * z) / np.sqrt(2 * np.pi)
    dz = -dens * (p - q) / (q * (1 - q)) / K
    dzdv = dz * (-z / (2 * v))
    g = np.zeros(2 * n)
    np.add.at(g, a, dz / np.sqrt(v))
    np.add.at(g, b, -dz / np.sqrt(v))
    np.add.at(g, n + a, dzdv * va)
    np.add.at(g, n + b, dzdv * vb)
    g[:n] += dzdv.sum() * 1e-5 * 2 * (mu - mu.mean()) / (n - 1)
    return g


x0 = np.concatenate([np.linspace(-1, 1, n), np.zeros(n)])
res = minimize(loss, x0, jac=grad, method="BFGS", options={"gtol": 1e-11, "maxiter": 200000})
mu = res.x[:n]
sd = np.std(mu, ddof=1)
mean_n = (mu - mu.mean()) / sd
var_n = np.exp(res.x[n:]) / sd ** 2
print("success", res.success, res.message, "iterations", res.nit, "loss %.17g" % res.fun,
      "max|grad| %.3g" % np.abs(grad(res.x)).max())
with open(DIR + "thurstonian_expected.csv", "w") as f:
    f.write("outcome,mean,variance,loss\n")
    for i in range(n):
        f.write("%d,%.17g,%.17g,%.17g\n" % (i, mean_n[i], var_n[i], res.fun))
