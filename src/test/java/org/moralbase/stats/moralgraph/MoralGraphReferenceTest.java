package org.moralbase.stats.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The moral graph against numbers from outside: MGE's own published graph, and SciPy/NumPy. */
class MoralGraphReferenceTest {

    /**
     * MGE's own output: edges of {@code data/moral-graph-prolific-run.json} in meaningalignment/mge (commit 8183734),
     * written by their {@code summarizeGraph}; our summary of each edge's counts must equal theirs. Tolerance 1e-15:
     * JavaScript's {@code Math.log2} and our log(p)/log(2) may differ in the last bit.
     */
    @Test
    void summariesEqualThoseInMgesPublishedGraph() {
        // counts (wiser, notWiser, lessWise, unsure, impressions) → (wiserLikelihood, entropy) as MGE published them
        Object[][] published = {
            {new EdgeCounts(2, 0, 1, 0, 5), 0.3333333333333333, 1.2987949406953985},
            {new EdgeCounts(2, 0, 0, 0, 2), 1.0, 1.0},
            {new EdgeCounts(5, 0, 0, 2, 7), 0.7142857142857143, 1.4315602842833155},
            {new EdgeCounts(10, 2, 0, 8, 20), 0.5, 1.6804820237218405},
            {new EdgeCounts(80, 15, 0, 17, 112), 0.7142857142857143, 1.5740146269824962},
            {new EdgeCounts(20, 3, 2, 5, 32), 0.6, 1.6831787317683666},
            {new EdgeCounts(27, 9, 0, 9, 45), 0.6, 1.6854752972273344},
            {new EdgeCounts(5, 0, 0, 7, 12), 0.4166666666666667, 1.4899343783255763},
        };
        for (Object[] row : published) {
            EdgeSummary s = EdgeSummary.of((EdgeCounts) row[0]);
            assertThat(s.wiserLikelihood()).as("%s", row[0]).isCloseTo((double) row[1], within(1e-15));
            assertThat(s.entropy()).as("%s", row[0]).isCloseTo((double) row[2], within(1e-15));
            assertThat(EdgeRules.mge().keeps(MoralGraphEdge.of(1, 2, List.of(), (EdgeCounts) row[0])))
                    .as("MGE kept %s", row[0])
                    .isTrue();
        }
    }

    /**
     * 600 simulated votes on 12 values; expected counts, summaries, kept edges and PageRank from
     * src/test/resources/reference/moral_graph_reference.py (Python 3.11, NumPy 2.4.6, SciPy 1.17.1: entropy by
     * {@code scipy.stats.entropy(counts, base=2)}, PageRank by NumPy matrix power iteration). Tolerance 1e-12 (the
     * sums are formed in another order).
     */
    @Test
    void theGraphOfSimulatedVotesEqualsTheScipyReference() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<TransitionVote> votes = new ArrayList<>();
        for (JsonNode v : read(json, "moral_graph_votes.json")) {
            votes.add(new TransitionVote(
                    v.get("fromId").asLong(),
                    v.get("toId").asLong(),
                    v.get("contextId").asString(),
                    VoteType.fromCode(v.get("type").asString())));
        }
        JsonNode expected = read(json, "moral_graph_expected.json");
        MoralGraph graph = MoralGraphScoring.withDefaults().score(votes);
        Map<String, MoralGraphEdge> all = new HashMap<>();
        graph.allEdges().forEach(e -> all.put(e.sourceValueId() + "," + e.wiserValueId(), e));
        assertThat(all).hasSize(expected.get("edges").size());
        int kept = 0;
        for (JsonNode e : expected.get("edges")) {
            MoralGraphEdge got = all.get(e.get("sourceValueId").asLong() + ","
                    + e.get("wiserValueId").asLong());
            JsonNode c = e.get("counts");
            assertThat(got.counts())
                    .isEqualTo(new EdgeCounts(
                            c.get("markedWiser").asInt(),
                            c.get("markedNotWiser").asInt(),
                            c.get("markedLessWise").asInt(),
                            c.get("markedUnsure").asInt(),
                            c.get("impressions").asInt()));
            JsonNode likelihood = e.get("summary").get("wiserLikelihood"); // null: no denominator (Python's None)
            if (likelihood.isNull()) {
                assertThat(got.summary().wiserLikelihood()).isNaN();
            } else {
                assertThat(got.summary().wiserLikelihood()).isCloseTo(likelihood.asDouble(), within(1e-12));
            }
            assertThat(got.summary().entropy())
                    .isCloseTo(e.get("summary").get("entropy").asDouble(), within(1e-12));
            assertThat(graph.edges().contains(got))
                    .as("kept %s", got)
                    .isEqualTo(e.get("kept").asBoolean());
            kept += e.get("kept").asBoolean() ? 1 : 0;
        }
        assertThat(graph.edges()).hasSize(kept).hasSizeGreaterThan(10);
        JsonNode rank = expected.get("pageRank");
        assertThat(graph.pageRank()).hasSize(rank.size());
        for (Map.Entry<Long, Double> r : graph.pageRank().entrySet()) {
            assertThat(r.getValue())
                    .as("pageRank of %d", r.getKey())
                    .isCloseTo(rank.get(r.getKey().toString()).asDouble(), within(1e-12));
        }
    }

    @Test
    void aTransitionFromAValueToItselfAndBadSettingsAreRefused() {
        assertThatThrownBy(() -> new TransitionVote(3, 3, "c", VoteType.UPGRADE))
                .hasMessageContaining("two different values");
        assertThatThrownBy(() -> new EdgeCounts(1, -1, 0, 0, 1)).hasMessageContaining("markedNotWiser");
        assertThatThrownBy(() -> WeightedPageRank.of(1.5, 100)).hasMessageContaining("damping");
        assertThatThrownBy(() -> new EdgeRules(0, 0.33, 1.69)).hasMessageContaining("minWiser");
        assertThat(MoralGraphScoring.withDefaults().score(List.of()).pageRank()).isEmpty();
    }

    @Test
    void aPairSeenOnlyInReverseWithoutUpgradesHasNoLikelihoodAndIsDropped() {
        // 1→2 no_upgrade: the reverse pair 2→1 has counts (0,0,0,0,1): total 0, so 0/0 = NaN as in MGE
        MoralGraph g =
                MoralGraphScoring.withDefaults().score(List.of(new TransitionVote(1, 2, "c", VoteType.NO_UPGRADE)));
        MoralGraphEdge reverse = g.allEdges().get(1);
        assertThat(reverse.counts()).isEqualTo(new EdgeCounts(0, 0, 0, 0, 1));
        assertThat(reverse.summary().wiserLikelihood()).isNaN();
        assertThat(reverse.summary().entropy()).isZero();
        assertThat(g.edges()).isEmpty();
    }

    @Test
    void scoringByContextScoresEachContextsVotesAlone() {
        List<TransitionVote> votes = List.of(
                new TransitionVote(1, 2, "a", VoteType.UPGRADE),
                new TransitionVote(1, 2, "a", VoteType.UPGRADE),
                new TransitionVote(1, 2, "b", VoteType.UPGRADE));
        Map<String, MoralGraph> byContext = MoralGraphScoring.withDefaults().scoreByContext(votes);
        assertThat(byContext.keySet()).containsExactly("a", "b");
        assertThat(byContext.get("a").edges()).hasSize(1);
        assertThat(byContext.get("b").edges()).isEmpty(); // one upgrade vote only
    }

    private static JsonNode read(JsonMapper json, String name) throws IOException {
        try (InputStream in = MoralGraphReferenceTest.class.getResourceAsStream(name)) {
            return json.readTree(in);
        }
    }
}
