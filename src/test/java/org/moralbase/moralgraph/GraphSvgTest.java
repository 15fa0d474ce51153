package org.moralbase.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphScoring;
import org.moralbase.stats.moralgraph.RankedValue;
import org.moralbase.stats.moralgraph.TransitionVote;
import org.moralbase.stats.moralgraph.VoteType;

class GraphSvgTest {

    private static ScoredGraph scored(List<TransitionVote> votes) {
        MoralGraph g = MoralGraphScoring.withDefaults().score(votes);
        Map<Long, CardView> cards = new HashMap<>();
        for (long id = 1; id <= 3; id++) {
            cards.put(id, new CardView(id, "Card <" + id + ">", null, List.of()));
        }
        List<RankedCard> ranked = new ArrayList<>();
        for (RankedValue v : g.ranking()) {
            ranked.add(new RankedCard(cards.get(v.id()), v.pageRank()));
        }
        return new ScoredGraph("All contexts", g, ranked);
    }

    @Test
    void keptEdgesAreArrowsAndRankedCardsNodesWithEscapedTitles() {
        List<TransitionVote> votes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            votes.add(new TransitionVote(1, 2, "c", VoteType.UPGRADE));
            votes.add(new TransitionVote(2, 3, "c", VoteType.UPGRADE));
        }
        ScoredGraph g = scored(votes);
        assertThat(g.graph().edges()).hasSize(2); // 3 wiser votes each, likelihood 1, entropy 0: both kept
        String svg = GraphSvg.svg(g);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("class=\"mg-node\"", -1)).hasSize(4); // three nodes
        assertThat(svg.split("marker-end=", -1)).hasSize(3); // two arrows
        assertThat(svg).contains("Card &lt;3&gt;").doesNotContain("Card <3>");
        assertThat(GraphSvg.svg(g)).isEqualTo(svg); // the layout depends on the scores only
    }

    @Test
    void aGraphWithNoKeptEdgeSaysSo() {
        ScoredGraph g = scored(List.of(new TransitionVote(1, 2, "c", VoteType.UPGRADE)));
        assertThat(GraphSvg.svg(g)).contains("No edge kept yet").doesNotContain("mg-node");
    }
}
