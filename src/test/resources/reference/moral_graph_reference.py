# Reference values for MoralGraphScoringTest: the moral graph of Moral Graph Elicitation (Klingefjord, Lowe & Edelman
# 2024) written from the method's description in docs/methods.md ("Moral graph"), not ported from the Java:
#  - per ordered pair (x, y): wiser / not wiser / unsure = upgrade / no_upgrade / not_sure votes on x -> y;
#    less wise = upgrade votes on y -> x; impressions = all votes on x -> y or y -> x;
#  - wiserLikelihood = (wiser - lessWise) / (wiser + notWiser + unsure + lessWise);
#  - entropy = scipy.stats.entropy([wiser, notWiser, lessWise, unsure, impressions], base=2) (MGE's calculateEntropy
#    runs over every field of counts, impressions included);
#  - kept: wiser >= 2, wiserLikelihood >= 0.33, entropy <= 1.69;
#  - PageRank in matrix form with NumPy: r <- (1 - d)/N + d * P^T r, 100 times from r = 1/N, P the kept edges'
#    wiserLikelihoods normalised per source row; a row without edges stays zero (its rank is not passed on).
# The votes: 12 values with a latent wisdom w ~ U(0, 1), 600 votes on random ordered pairs in 4 contexts,
# P(not_sure) = 0.15, else upgrade with probability 1 / (1 + exp(-4 (w_to - w_from))).
# Run from the worktree root (Python 3.11, NumPy, SciPy 1.17.1):
#   python3 src/test/resources/reference/moral_graph_reference.py
# Writes moral_graph_votes.json (MGE's raw vote records) and moral_graph_expected.json beside the Java test's resources.
import json
import math
import random

import numpy as np
from scipy.stats import entropy

DIR = "src/test/resources/org/moralbase/stats/moralgraph/"
rng = random.Random(15)
n_values = 12
wisdom = {100 + i: rng.random() for i in range(n_values)}
ids = list(wisdom)
contexts = ["When in distress", "When making decisions", "When parenting", "When seeking support"]
votes = []
for _ in range(600):
    a, b = rng.sample(ids, 2)
    u = rng.random()
    if u < 0.15:
        kind = "not_sure"
    elif rng.random() < 1 / (1 + math.exp(-4 * (wisdom[b] - wisdom[a]))):
        kind = "upgrade"
    else:
        kind = "no_upgrade"
    votes.append({"fromId": a, "toId": b, "contextId": rng.choice(contexts), "type": kind})

pairs = {}
for v in votes:
    for x, y in ((v["fromId"], v["toId"]), (v["toId"], v["fromId"])):
        pairs.setdefault((x, y), {"markedWiser": 0, "markedNotWiser": 0, "markedLessWise": 0, "markedUnsure": 0,
                                  "impressions": 0})
for v in votes:
    fwd = pairs[(v["fromId"], v["toId"])]
    rev = pairs[(v["toId"], v["fromId"])]
    fwd["impressions"] += 1
    rev["impressions"] += 1
    if v["type"] == "upgrade":
        fwd["markedWiser"] += 1
        rev["markedLessWise"] += 1
    elif v["type"] == "no_upgrade":
        fwd["markedNotWiser"] += 1
    else:
        fwd["markedUnsure"] += 1

edges = []
for (x, y), c in pairs.items():
    total = c["markedWiser"] + c["markedNotWiser"] + c["markedUnsure"] + c["markedLessWise"]
    likelihood = (c["markedWiser"] - c["markedLessWise"]) / total if total else None
    h = float(entropy([c["markedWiser"], c["markedNotWiser"], c["markedLessWise"], c["markedUnsure"],
                       c["impressions"]], base=2))
    kept = c["markedWiser"] >= 2 and likelihood >= 0.33 and h <= 1.69
    edges.append({"sourceValueId": x, "wiserValueId": y, "counts": c,
                  "summary": {"wiserLikelihood": likelihood, "entropy": h}, "kept": kept})

kept = [e for e in edges if e["kept"]]
nodes = sorted({e["sourceValueId"] for e in kept} | {e["wiserValueId"] for e in kept})
at = {v: i for i, v in enumerate(nodes)}
N = len(nodes)
P = np.zeros((N, N))
for e in kept:
    P[at[e["sourceValueId"]], at[e["wiserValueId"]]] = e["summary"]["wiserLikelihood"]
rows = P.sum(axis=1)
P[rows > 0] = P[rows > 0] / rows[rows > 0, None]
d = 0.85
r = np.full(N, 1 / N)
for _ in range(100):
    r = (1 - d) / N + d * P.T @ r
json.dump(votes, open(DIR + "moral_graph_votes.json", "w"), indent=1)
json.dump({"edges": edges, "pageRank": {str(v): float(r[at[v]]) for v in nodes}},
          open(DIR + "moral_graph_expected.json", "w"), indent=1)
print(len(votes), "votes;", len(edges), "pairs;", len(kept), "kept;", N, "ranked")
