package org.moralbase.moralgraph.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphScoring;

/** An MGE-shaped file of the size (500 cards, ≥ 1,500 edges; 10,000 votes) imports whole (timing: the benchmark). */
class GeneratedImportTest {

    @Test
    void aGraphOfFiveHundredCardsAndTwoThousandEdgesImportsWithAllItsCounts() {
        MoralGraphFile file =
                GraphFiles.read(DatasetSource.ofText("graph.json", GeneratedMgeFiles.graph(500, 2_000, 15)));
        assertThat(file.values()).hasSize(500);
        assertThat(file.edges()).hasSize(2_000);
        MoralGraph graph = MoralGraphScoring.withDefaults().scoreEdges(file.edges(), 0);
        assertThat(graph.edges()).isNotEmpty().hasSizeLessThan(2_000);
        assertThat(graph.pageRank().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isLessThanOrEqualTo(1 + 1e-12);
    }

    @Test
    void tenThousandVotesMixingTypeAndRelationshipImportWhole() {
        var votes = VoteFiles.read(DatasetSource.ofText("votes.json", GeneratedMgeFiles.votes(500, 1_500, 10_000, 15)));
        assertThat(votes).hasSize(10_000);
        MoralGraph graph = MoralGraphScoring.withDefaults().score(votes);
        assertThat(graph.votes()).isEqualTo(10_000);
        assertThat(graph.edges()).isNotEmpty();
    }
}
