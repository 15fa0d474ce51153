package org.moralbase.stats.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.moralbase.stats.moralgraph.VoteType.NOT_SURE;
import static org.moralbase.stats.moralgraph.VoteType.NO_UPGRADE;
import static org.moralbase.stats.moralgraph.VoteType.UPGRADE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small moral graph worked by hand (MGE's rules, docs/methods.md "Moral graph"). Four values 1–4, two contexts:
 *
 * <pre>
 * 1→2: upgrade ×3, no_upgrade ×1 (c1)        2→1: upgrade ×1 (c2)
 * 2→3: upgrade ×2 (c1), not_sure ×1 (c2)     1→3: upgrade ×2 (c2)
 * 2→4: upgrade ×1 (c1)                       4→1: upgrade ×2, no_upgrade ×2, not_sure ×2 (c1)
 * 4→3: upgrade ×3 (c2)
 * </pre>
 *
 * Counts (wiser, notWiser, lessWise, unsure, impressions); total = wiser + notWiser + unsure + lessWise;
 * wl = (wiser − lessWise) / total; entropy H = −Σ p log2 p over the five counts divided by their sum:
 *
 * <pre>
 * 1→2: (3,1,1,0,5)  total 5, wl = 2/5 = 0.4;   sum 10: p = .3,.1,.1,.5:
 *      H = .3·1.736966 + 2·.1·3.321928 + .5·1 = 0.521090 + 0.664386 + 0.5 = 1.685475 ≤ 1.69   KEPT
 * 2→1: (1,0,3,0,5)  total 4, wl = −2/4 = −0.5 < 0.33                                      dropped (likelihood)
 * 2→3: (2,0,0,1,3)  total 3, wl = 2/3;   sum 6: p = 1/3,1/6,1/2:
 *      H = 1/3·1.584963 + 1/6·2.584963 + .5 = 0.528321 + 0.430827 + 0.5 = 1.459148       KEPT
 * 1→3: (2,0,0,0,2)  total 2, wl = 1;  p = .5,.5: H = 1                                    KEPT
 * 2→4: (1,0,0,0,1)  wl = 1, H = 1, but 1 upgrade vote < 2                                 dropped (votes)
 * 4→1: (2,2,0,2,6)  total 6, wl = 2/6 = 0.3333 ≥ 0.33;  sum 12: p = 1/6 ×3, 1/2:
 *      H = 3·1/6·2.584963 + .5 = 1.292481 + 0.5 = 1.792481 > 1.69                          dropped (entropy)
 * 4→3: (3,0,0,0,3)  wl = 1, H = 1                                                         KEPT
 * reverse-only pairs 3→2 (0,0,2,0,3), 3→1 (0,0,2,0,2), 4→2 (0,0,1,0,1), 1→4 (0,0,2,0,6), 3→4 (0,0,3,0,3):
 *      no upgrade vote                                                                     dropped
 * </pre>
 *
 * Contexts of 1→2: c1 from its own votes, then c2 from the reverse vote 2→1: [c1, c2].
 *
 * <p>PageRank over the kept edges 1→2 (.4), 2→3 (2/3), 1→3 (1), 4→3 (1); nodes 1, 2, 3, 4 (N = 4), d = 0.85. Out
 * weights: W(1) = 1.4, W(2) = 2/3, W(4) = 1, value 3 has none (its rank is passed on to no one). Shares: 1→2 2/7,
 * 1→3 5/7, 2→3 1, 4→3 1. Each iteration: r1' = r4' = 0.15/4 = 0.0375; r2' = 0.0375 + 0.85·(2/7)·r1;
 * r3' = 0.0375 + 0.85·((5/7)·r1 + r2 + r4). From r = 0.25 each:
 *
 * <pre>
 * it 1: r1 = .0375, r2 = .0375 + .85·.25·2/7 = .0982142857, r3 = .0375 + .85·(.1785714286 + .25 + .25) = .6142857143,
 *       r4 = .0375
 * it 2: r2 = .0375 + .85·.0375·2/7 = .0466071429, r3 = .0375 + .85·(.0267857143 + .0982142857 + .0375) = .175625
 * it 3: r2 = .0466071429 (r1 is fixed), r3 = .0375 + .85·(.0267857143 + .0466071429 + .0375) = .1317589286
 * it 4…100: unchanged (r1, r4 fixed from it 1, r2 from it 2, r3 from it 3)
 * </pre>
 *
 * Exact: r2 = .0375·(1 + 1.7/7) = .32625/7; r3 = .0375 + .85·(.0375·5/7 + r2 + .0375). The ranks sum to .2533, not 1.
 */
class MoralGraphHandWorkedTest {

    private static final double EXACT = 1e-12; // sums of a few doubles: only rounding differs from the fractions

    private static List<TransitionVote> votes() {
        List<TransitionVote> v = new ArrayList<>();
        add(v, 1, 2, "c1", UPGRADE, 3);
        add(v, 1, 2, "c1", NO_UPGRADE, 1);
        add(v, 2, 1, "c2", UPGRADE, 1);
        add(v, 2, 3, "c1", UPGRADE, 2);
        add(v, 2, 3, "c2", NOT_SURE, 1);
        add(v, 1, 3, "c2", UPGRADE, 2);
        add(v, 2, 4, "c1", UPGRADE, 1);
        add(v, 4, 1, "c1", UPGRADE, 2);
        add(v, 4, 1, "c1", NO_UPGRADE, 2);
        add(v, 4, 1, "c1", NOT_SURE, 2);
        add(v, 4, 3, "c2", UPGRADE, 3);
        return v;
    }

    private static void add(List<TransitionVote> v, long from, long to, String context, VoteType type, int times) {
        for (int i = 0; i < times; i++) {
            v.add(new TransitionVote(from, to, context, type));
        }
    }

    private static MoralGraphEdge edge(List<MoralGraphEdge> edges, long from, long to) {
        return edges.stream()
                .filter(e -> e.sourceValueId() == from && e.wiserValueId() == to)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyPairIsCountedInBothDirectionsAsWorkedAbove() {
        List<MoralGraphEdge> all = MoralGraphScoring.count(votes());
        assertThat(all)
                .extracting(e -> e.sourceValueId() + "→" + e.wiserValueId())
                .containsExactly("1→2", "2→1", "2→3", "1→3", "2→4", "4→1", "4→3", "3→2", "3→1", "4→2", "1→4", "3→4");
        assertThat(edge(all, 1, 2).counts()).isEqualTo(new EdgeCounts(3, 1, 1, 0, 5));
        assertThat(edge(all, 2, 1).counts()).isEqualTo(new EdgeCounts(1, 0, 3, 0, 5));
        assertThat(edge(all, 2, 3).counts()).isEqualTo(new EdgeCounts(2, 0, 0, 1, 3));
        assertThat(edge(all, 1, 3).counts()).isEqualTo(new EdgeCounts(2, 0, 0, 0, 2));
        assertThat(edge(all, 2, 4).counts()).isEqualTo(new EdgeCounts(1, 0, 0, 0, 1));
        assertThat(edge(all, 4, 1).counts()).isEqualTo(new EdgeCounts(2, 2, 0, 2, 6));
        assertThat(edge(all, 4, 3).counts()).isEqualTo(new EdgeCounts(3, 0, 0, 0, 3));
        assertThat(edge(all, 3, 2).counts()).isEqualTo(new EdgeCounts(0, 0, 2, 0, 3));
        assertThat(edge(all, 3, 1).counts()).isEqualTo(new EdgeCounts(0, 0, 2, 0, 2));
        assertThat(edge(all, 4, 2).counts()).isEqualTo(new EdgeCounts(0, 0, 1, 0, 1));
        assertThat(edge(all, 1, 4).counts()).isEqualTo(new EdgeCounts(0, 0, 2, 0, 6));
        assertThat(edge(all, 3, 4).counts()).isEqualTo(new EdgeCounts(0, 0, 3, 0, 3));
        assertThat(edge(all, 1, 2).contexts()).containsExactly("c1", "c2");
        assertThat(edge(all, 2, 3).contexts()).containsExactly("c1", "c2");
    }

    @Test
    void likelihoodAndEntropyAreTheHandValues() {
        List<MoralGraphEdge> all = MoralGraphScoring.count(votes());
        double log2of3 = Math.log(3) / Math.log(2);
        double log2of6 = 1 + log2of3;
        double h12 = -(0.3 * Math.log(0.3) / Math.log(2) + 2 * 0.1 * Math.log(0.1) / Math.log(2)) + 0.5;
        assertThat(h12).isCloseTo(1.685475, within(1e-6)); // the four-digit hand value above
        assertThat(edge(all, 1, 2).summary().wiserLikelihood()).isCloseTo(0.4, within(EXACT));
        assertThat(edge(all, 1, 2).summary().entropy()).isCloseTo(h12, within(EXACT));
        assertThat(edge(all, 2, 1).summary().wiserLikelihood()).isCloseTo(-0.5, within(EXACT));
        assertThat(edge(all, 2, 3).summary().wiserLikelihood()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(edge(all, 2, 3).summary().entropy())
                .isCloseTo(log2of3 / 3 + log2of6 / 6 + 0.5, within(EXACT))
                .isCloseTo(1.459148, within(1e-6));
        assertThat(edge(all, 1, 3).summary()).isEqualTo(new EdgeSummary(1.0, 1.0));
        assertThat(edge(all, 4, 1).summary().wiserLikelihood()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(edge(all, 4, 1).summary().entropy())
                .isCloseTo(log2of6 / 2 + 0.5, within(EXACT))
                .isCloseTo(1.792481, within(1e-6));
        assertThat(edge(all, 3, 2).summary().wiserLikelihood()).isCloseTo(-1.0, within(EXACT));
    }

    @Test
    void theRulesKeepTheFourEdgesWorkedAbove() {
        MoralGraph graph = MoralGraphScoring.withDefaults().score(votes());
        assertThat(graph.edges())
                .extracting(e -> e.sourceValueId() + "→" + e.wiserValueId())
                .containsExactly("1→2", "2→3", "1→3", "4→3");
        assertThat(graph.allEdges()).hasSize(12);
        assertThat(graph.votes()).isEqualTo(20);
    }

    @Test
    void pageRankIsTheFixedPointWorkedAboveAfterAHundredIterations() {
        MoralGraph graph = MoralGraphScoring.withDefaults().score(votes());
        double r2 = 0.32625 / 7;
        double r3 = 0.0375 + 0.85 * (0.0375 * 5 / 7 + r2 + 0.0375);
        Map<Long, Double> rank = graph.pageRank();
        assertThat(rank.keySet()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rank.get(1L)).isCloseTo(0.0375, within(EXACT));
        assertThat(rank.get(2L)).isCloseTo(r2, within(EXACT)).isCloseTo(0.0466071429, within(1e-10));
        assertThat(rank.get(3L)).isCloseTo(r3, within(EXACT)).isCloseTo(0.1317589286, within(1e-10));
        assertThat(rank.get(4L)).isCloseTo(0.0375, within(EXACT));
        assertThat(graph.ranking()).extracting(RankedValue::id).containsExactly(3L, 2L, 1L, 4L);
    }

    @Test
    void pageRankAfterOneAndTwoIterationsIsTheWorkedIntermediate() {
        List<MoralGraphEdge> kept =
                MoralGraphScoring.withDefaults().score(votes()).edges();
        Map<Long, Double> one = WeightedPageRank.of(0.85, 1).rank(kept);
        assertThat(one.get(1L)).isCloseTo(0.0375, within(EXACT));
        assertThat(one.get(2L)).isCloseTo(0.0375 + 0.85 * 0.25 * 2 / 7, within(EXACT));
        assertThat(one.get(3L)).isCloseTo(0.0375 + 0.85 * (0.25 * 5 / 7 + 0.5), within(EXACT));
        assertThat(one.get(3L)).isCloseTo(0.6142857143, within(1e-10));
        Map<Long, Double> two = WeightedPageRank.of(0.85, 2).rank(kept);
        assertThat(two.get(2L)).isCloseTo(0.0466071429, within(1e-10));
        assertThat(two.get(3L)).isCloseTo(0.175625, within(EXACT));
        assertThat(WeightedPageRank.of(0.85, 0).rank(kept)).containsEntry(3L, 0.25);
    }
}
