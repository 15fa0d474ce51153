package org.moralbase.cli.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphEdge;
import org.moralbase.stats.moralgraph.MoralGraphScoring;
import org.moralbase.stats.moralgraph.TransitionVote;
import org.moralbase.stats.moralgraph.VoteType;
import tools.jackson.databind.JsonNode;

/** {@code analyze moral-graph} on raw votes and on a graph file, checked against {@link MoralGraphScoring}. */
class CliMoralGraphTest {

    @TempDir
    Path dir;

    // 1→2 upgrade ×3 and no_upgrade ×1, 2→1 upgrade ×1 (2023 field name), 2→3 upgrade ×2, 3→1 upgrade ×1
    private static final String VOTES = """
            [
              {"fromId": 1, "toId": 2, "contextId": "c1", "type": "upgrade"},
              {"fromId": 1, "toId": 2, "contextId": "c1", "type": "upgrade"},
              {"fromId": 1, "toId": 2, "contextId": "c1", "type": "upgrade"},
              {"fromId": 1, "toId": 2, "contextId": "c1", "type": "no_upgrade"},
              {"fromId": 2, "toId": 1, "contextId": "c2", "relationship": "upgrade"},
              {"fromId": 2, "toId": 3, "contextId": "c1", "type": "upgrade"},
              {"fromId": 2, "toId": 3, "contextId": "c2", "type": "upgrade"},
              {"fromId": 3, "toId": 1, "contextId": "c1", "type": "upgrade"}
            ]
            """;

    private static List<TransitionVote> votes() {
        List<TransitionVote> v = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            v.add(new TransitionVote(1, 2, "c1", VoteType.UPGRADE));
        }
        v.add(new TransitionVote(1, 2, "c1", VoteType.NO_UPGRADE));
        v.add(new TransitionVote(2, 1, "c2", VoteType.UPGRADE));
        v.add(new TransitionVote(2, 3, "c1", VoteType.UPGRADE));
        v.add(new TransitionVote(2, 3, "c2", VoteType.UPGRADE));
        v.add(new TransitionVote(3, 1, "c1", VoteType.UPGRADE));
        return v;
    }

    @Test
    void theJsonIsMgesSummaryShapeOfTheStatsClass() throws IOException {
        Path file = Files.writeString(dir.resolve("votes.json"), VOTES);
        JsonNode json = CliRun.of("analyze", "moral-graph", "--input", file.toString(), "--json")
                .json();
        MoralGraph expected = MoralGraphScoring.withDefaults().score(votes());
        assertThat(json.get("edges")).hasSize(expected.edges().size()).hasSize(2); // 1→2 and 2→3
        for (int i = 0; i < expected.edges().size(); i++) {
            MoralGraphEdge e = expected.edges().get(i);
            JsonNode got = json.get("edges").get(i);
            assertThat(got.get("sourceValueId").asLong()).isEqualTo(e.sourceValueId());
            assertThat(got.get("wiserValueId").asLong()).isEqualTo(e.wiserValueId());
            assertThat(got.get("counts").get("markedWiser").asInt())
                    .isEqualTo(e.counts().markedWiser());
            assertThat(got.get("counts").get("markedLessWise").asInt())
                    .isEqualTo(e.counts().markedLessWise());
            assertThat(got.get("counts").get("impressions").asInt())
                    .isEqualTo(e.counts().impressions());
            assertThat(got.get("summary").get("wiserLikelihood").asDouble())
                    .isEqualTo(e.summary().wiserLikelihood());
            assertThat(got.get("summary").get("entropy").asDouble())
                    .isEqualTo(e.summary().entropy());
        }
        assertThat(json.get("edges").get(0).get("contexts").toString()).isEqualTo("[\"c1\",\"c2\"]");
        assertThat(json.get("values")).hasSize(3);
        for (JsonNode v : json.get("values")) {
            assertThat(v.get("pageRank").asDouble())
                    .isEqualTo(expected.pageRank().get(v.get("id").asLong()));
        }
    }

    @Test
    void theTableListsTopValuesAndKeptEdgesAndAGraphFileIsScoredToo() throws IOException {
        Path file = Files.writeString(dir.resolve("votes.json"), VOTES);
        CliRun table = CliRun.of("analyze", "moral-graph", "--input", file.toString(), "--top", "2");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("8 votes on 6 pairs, 2 edges kept");
        List<String> lines = table.out().lines().toList();
        int header = lines.indexOf(
                lines.stream().filter(l -> l.startsWith("rank")).findFirst().orElseThrow());
        assertThat(lines.get(header + 1).trim().split("\\s+")).startsWith("1", "3"); // 3 is the top value (1→2→3)
        assertThat(lines.get(header + 3)).isEmpty(); // --top 2
        assertThat(table.out()).contains("c1 | c2");

        String graph = CliRun.of("analyze", "moral-graph", "--input", file.toString(), "--json")
                .out();
        // the graph written from raw votes has no titles: give it cards, as a published graph has them
        tools.jackson.databind.node.ObjectNode withCards =
                (tools.jackson.databind.node.ObjectNode) JsonNodeOf.parse(graph);
        tools.jackson.databind.node.ArrayNode cards = withCards.putArray("values");
        cards.addObject().put("id", 1).put("title", "One");
        cards.addObject().put("id", 2).put("title", "Two");
        cards.addObject().put("id", 3).put("title", "Three");
        Path graphFile = Files.writeString(dir.resolve("graph.json"), withCards.toString());
        JsonNode again = CliRun.of("analyze", "moral-graph", "--input", graphFile.toString(), "--json")
                .json();
        assertThat(again.get("edges")).isEqualTo(JsonNodeOf.parse(graph).get("edges"));
        assertThat(again.get("values").get(0).get("title").asString()).isEqualTo("One");
        assertThat(CliRun.of("analyze", "moral-graph", "--input", graphFile.toString())
                        .out())
                .contains("Three");
    }

    @Test
    void aBadRecordIsNamedByElementAndField() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad.json"),
                "[\n{\"fromId\": 1, \"toId\": 2, \"contextId\": \"c\", \"type\": \"upgrade\"},\n"
                        + "{\"fromId\": 1, \"toId\": 2, \"contextId\": \"c\", \"type\": \"sideways\"}\n]\n");
        CliRun run = CliRun.of("analyze", "moral-graph", "--input", bad.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err())
                .contains("element 1 (line 3), field type: expected upgrade, no_upgrade or not_sure, found 'sideways'")
                .doesNotContain("Exception");
        Path unknown = Files.writeString(
                dir.resolve("graph.json"),
                "{\"values\": [{\"id\": 1, \"title\": \"One\"}], \"edges\": [{\"sourceValueId\": 1, \"wiserValueId\":"
                        + " 2, \"counts\": {\"markedWiser\": 2, \"markedNotWiser\": 0, \"markedLessWise\": 0,"
                        + " \"markedUnsure\": 0, \"impressions\": 2}}]}");
        assertThat(CliRun.of("analyze", "moral-graph", "--input", unknown.toString())
                        .err())
                .contains("field edges[0].wiserValueId: no value has id 2");
        assertThat(CliRun.of(
                                "analyze",
                                "moral-graph",
                                "--input",
                                dir.resolve("none.json").toString())
                        .exit())
                .isEqualTo(2);
    }

    /** Parses JSON text for comparisons. */
    private static final class JsonNodeOf {
        static JsonNode parse(String text) {
            return org.moralbase.cli.CliRun.JSON.readTree(text);
        }
    }
}
