package org.moralbase.utility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UtilityLadderTest {

    private static final List<OutcomeUtility> PEOPLE = List.of(
            new OutcomeUtility("o1", "You receive $5 <cash> & more", "money", -0.5, 0.2),
            new OutcomeUtility("o2", "You receive $5,000", "money", 1.2, 0.1),
            new OutcomeUtility("o3", "A park is built", null, 0.4, 0.3),
            new OutcomeUtility("o4", "A war ends", "peace", -1.1, 0.5));

    @Test
    void rowsGoByCategoryThenByUtilityHighestFirstWithUncategorisedLast() {
        assertThat(UtilityLadder.order(PEOPLE)).containsExactly(1, 0, 3, 2);
    }

    @Test
    void everyFitHasADotPerOutcomeAndTextIsEscaped() {
        UtilityFit people = new UtilityFit("People", true, PEOPLE, null, 40, 0, 6);
        UtilityFit model = new UtilityFit("Model & co", false, PEOPLE, null, 60, 2, 6);
        String svg = UtilityLadder.svg(List.of(people, model));
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<circle", -1)).hasSize(1 + 2 + 2 * 4); // legend 2, dots 2 x 4
        assertThat(svg).contains("You receive $5 &lt;cash&gt; &amp; more").contains("Model &amp; co");
        assertThat(svg).doesNotContain("<cash>");
    }

    @Test
    void noFitsNoChart() {
        assertThat(UtilityLadder.svg(List.of())).isEmpty();
    }
}
