package org.moralbase.moralgraph.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.stats.moralgraph.EdgeCounts;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphScoring;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** MGE's graph files in and out. */
class GraphFilesTest {

    // two cards and the edge 165 → 167 as in MGE's data/moral-graph-prolific-run.json (extra fields kept as there)
    private static final String GRAPH = """
            {
              "values": [
                {"id": 165, "title": "Holistic Decision-Making", "description": "ChatGPT should help …",
                 "instructionsDetailed": "…", "policies": ["INTUITIONS that guide the user", "DIVERSE OPINIONS"],
                 "createdAt": "2023-09-11T17:04:16.370Z"},
                {"id": 167, "title": "Diverse Viewpoints", "policies": []},
                {"id": 170, "title": "Unranked"}
              ],
              "edges": [
                {"sourceValueId": 165, "wiserValueId": 167, "contexts": ["When making decisions"],
                 "counts": {"markedWiser": 2, "markedNotWiser": 0, "markedLessWise": 1, "markedUnsure": 0,
                            "impressions": 5},
                 "summary": {"wiserLikelihood": 0.3333333333333333, "entropy": 1.2987949406953985}}
              ]
            }
            """;

    @Test
    void readsCardsAndEdgesWithMgesCounts() {
        MoralGraphFile file = GraphFiles.read(DatasetSource.ofText("graph.json", GRAPH));
        assertThat(file.values())
                .containsExactly(
                        new ValueCard(
                                165,
                                "Holistic Decision-Making",
                                "ChatGPT should help …",
                                List.of("INTUITIONS that guide the user", "DIVERSE OPINIONS")),
                        new ValueCard(167, "Diverse Viewpoints", null, List.of()),
                        new ValueCard(170, "Unranked", null, List.of()));
        assertThat(file.edges()).hasSize(1);
        assertThat(file.edges().getFirst().counts()).isEqualTo(new EdgeCounts(2, 0, 1, 0, 5));
        assertThat(file.edges().getFirst().summary().wiserLikelihood()).isEqualTo(1.0 / 3);
    }

    @Test
    void theSummaryIsMgesShapeAndReadsBack() {
        MoralGraphFile file = GraphFiles.read(DatasetSource.ofText("graph.json", GRAPH));
        MoralGraph graph = MoralGraphScoring.withDefaults().scoreEdges(file.edges(), 0);
        String text = GraphFiles.summary(graph, file.values());
        JsonNode json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("values")).hasSize(2); // 170 is on no kept edge: left out, as MGE does
        JsonNode first = json.get("values").get(0);
        assertThat(first.propertyNames()).containsExactly("id", "title", "description", "policies", "pageRank");
        // two nodes, edge 165 → 167 only: r165 = .15/2 = .075; r167 = .075 + .85·.075 = .13875
        assertThat(first.get("pageRank").asDouble()).isEqualTo(0.075, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(json.get("values").get(1).get("pageRank").asDouble())
                .isEqualTo(0.13875, org.assertj.core.api.Assertions.within(1e-15));
        JsonNode edge = json.get("edges").get(0);
        assertThat(edge.propertyNames())
                .containsExactly("sourceValueId", "wiserValueId", "contexts", "counts", "summary");
        assertThat(edge.get("counts").propertyNames())
                .containsExactly("markedWiser", "markedNotWiser", "markedLessWise", "markedUnsure", "impressions");
        assertThat(edge.get("summary").propertyNames()).containsExactly("wiserLikelihood", "entropy");
        MoralGraphFile again = GraphFiles.read(DatasetSource.ofText("again.json", text));
        assertThat(again.edges()).isEqualTo(file.edges());
        assertThat(VoteFiles.looksLikeVotes(text)).isFalse();
    }

    @Test
    void rawVoteIdsWithoutCardsAreWrittenAsIdAndRank() {
        MoralGraph graph = MoralGraphScoring.withDefaults()
                .scoreEdges(
                        GraphFiles.read(DatasetSource.ofText("graph.json", GRAPH))
                                .edges(),
                        0);
        JsonNode json = JsonMapper.builder().build().readTree(GraphFiles.summary(graph, List.of()));
        assertThat(json.get("values").get(0).propertyNames()).containsExactly("id", "pageRank");
    }

    @Test
    void badCardsAndEdgesAreNamedByArrayElementAndFieldAndNothingIsRead() {
        String text = """
                {"values": [
                  {"id": 1, "title": "One"},
                  {"id": 2, "description": "no title"},
                  {"id": 1, "title": "Again"},
                  {"id": 3, "title": "Three", "policies": "not a list"}
                 ],
                 "edges": [
                  {"sourceValueId": 1, "wiserValueId": 9, "counts": {"markedWiser": 2, "markedNotWiser": 0,
                   "markedLessWise": 0, "markedUnsure": 0, "impressions": 2}},
                  {"sourceValueId": 1, "wiserValueId": 1, "counts": {"markedWiser": 2, "markedNotWiser": 0,
                   "markedLessWise": 0, "markedUnsure": 0, "impressions": 2}},
                  {"sourceValueId": 1, "wiserValueId": 3, "counts": {"markedWiser": -1, "markedNotWiser": 0,
                   "markedLessWise": 0, "markedUnsure": 0}}
                 ]}
                """;
        assertThatThrownBy(() -> GraphFiles.read(DatasetSource.ofText("graph.json", text)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.messages())
                        .containsExactly(
                                "graph.json element 1 (line 3), field values[1].title: is missing",
                                "graph.json element 2 (line 4), field values[2].id: value id 1 appears twice",
                                "graph.json element 3 (line 5), field values[3].policies: must be a list of strings,"
                                        + " found 'not a list'",
                                "graph.json element 0 (line 8), field edges[0].wiserValueId: no value has id 9",
                                "graph.json element 1 (line 10), field edges[1].wiserValueId: an edge from value 1 to"
                                        + " itself",
                                "graph.json element 2 (line 12), field edges[2].counts.markedWiser: must not be negative,"
                                        + " found -1",
                                "graph.json element 2 (line 12), field edges[2].counts.impressions: is missing"));
    }

    @Test
    void aFileWithoutValuesOrEdgesOrNotAnObjectIsRefused() {
        assertThatThrownBy(() -> GraphFiles.read(DatasetSource.ofText("g.json", "{\"values\": []}")))
                .hasMessageContaining("g.json, field edges: is missing");
        assertThatThrownBy(() -> GraphFiles.read(DatasetSource.ofText("g.json", "{\"values\": [], \"edges\": []}")))
                .hasMessageContaining("no values");
        assertThatThrownBy(() -> GraphFiles.read(DatasetSource.ofText("g.json", "{\"values\": [")))
                .hasMessageContaining("g.json");
    }
}
