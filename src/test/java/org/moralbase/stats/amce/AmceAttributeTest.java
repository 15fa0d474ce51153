package org.moralbase.stats.amce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Subsets, levels and weights against the text of methods §1.1 and §2. */
class AmceAttributeTest {

    @Test
    void displayNamesFollowMethodsOrder() {
        assertThat(Arrays.stream(AmceAttribute.values()).map(AmceAttribute::displayName))
                .containsExactly(
                        "Intervention",
                        "Relation to AV",
                        "Law",
                        "Gender",
                        "Fitness",
                        "Social Status",
                        "Age",
                        "No. Characters",
                        "Species");
        assertThat(AmceAttribute.fromDisplayName("Relation to AV")).isEqualTo(AmceAttribute.RELATION_TO_AV);
        assertThatThrownBy(() -> AmceAttribute.fromDisplayName("Social status"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Social status");
    }

    @Test
    void relationToAvKeepsPassengerRowsOfSignalledScenariosButNotTheirPedestrianPartner() {
        AmceRow passengers = row(0, 1, 0, 0, "Age", "Old");
        AmceRow redPedestrians = row(1, 0, 0, 2, "Age", "Young");
        assertThat(AmceAttribute.RELATION_TO_AV.level(passengers)).isZero();
        assertThat(AmceAttribute.RELATION_TO_AV.level(redPedestrians)).isEqualTo(AmceAttribute.NOT_IN_SUBSET);
        assertThat(AmceAttribute.RELATION_TO_AV.level(row(1, 0, 0, 0, "Age", "Young")))
                .isEqualTo(1);
    }

    @Test
    void lawUsesSignalledPedestrianPairsOnlyWithRedAsBaseline() {
        assertThat(AmceAttribute.LAW.level(row(0, 0, 1, 2, "Age", "Old"))).isZero();
        assertThat(AmceAttribute.LAW.level(row(0, 0, 1, 1, "Age", "Old"))).isEqualTo(1);
        assertThat(AmceAttribute.LAW.level(row(0, 0, 1, 0, "Age", "Old"))).isEqualTo(AmceAttribute.NOT_IN_SUBSET);
        assertThat(AmceAttribute.LAW.level(row(0, 0, 0, 1, "Age", "Old"))).isEqualTo(AmceAttribute.NOT_IN_SUBSET);
    }

    @Test
    void socialStatusAcceptsBothSpellingsInBothColumnsAndOtherTypesNeedBothColumns() {
        for (String type : new String[] {"Social Status", "Social Value"}) {
            for (String strict : new String[] {"Social Status", "Social Value"}) {
                AmceRow high = new AmceRow(0, 0, 1, 0, type, strict, "High", 0, 1, 7);
                assertThat(AmceAttribute.SOCIAL_STATUS.level(high)).isEqualTo(1);
            }
        }
        AmceRow mismatch = new AmceRow(0, 0, 1, 0, "Age", "Random", "Young", 0, 1, 7);
        assertThat(AmceAttribute.AGE.level(mismatch)).isEqualTo(AmceAttribute.NOT_IN_SUBSET);
        assertThat(AmceAttribute.AGE.level(row(0, 0, 1, 0, "Age", "Neutral"))).isEqualTo(AmceAttribute.NOT_IN_SUBSET);
        assertThat(AmceAttribute.SPECIES.level(row(0, 0, 1, 0, "Species", "Hoomans")))
                .isEqualTo(1);
        assertThat(AmceAttribute.SPECIES.level(row(0, 0, 1, 0, "Gender", "Hoomans")))
                .isEqualTo(AmceAttribute.NOT_IN_SUBSET);
    }

    @Test
    void utilitarianRowsAlsoFallIntoTheirStratum() {
        int[] cells = new int[AmceCells.MAX_PER_ROW];
        AmceRow more = new AmceRow(1, 0, 1, 2, "Utilitarian", "Utilitarian", "More", 3, 1, 7);
        int n = AmceCells.classify(more, cells);
        // Intervention B, Law A (red), No. Characters B, stratum d=3 B
        assertThat(Arrays.copyOf(cells, n)).containsExactly(1, 4, 15, 2 * (AmceCells.FIRST_STRATUM + 2) + 1);
    }

    @Test
    void designWeightsAreOneOverTheMethodsTableProbabilities() {
        assertThat(DesignWeights.weight(0, 1, 0, 0)).isEqualTo(1 / 0.20);
        assertThat(DesignWeights.weight(1, 1, 0, 0)).isEqualTo(1 / 0.32);
        assertThat(DesignWeights.weight(0, 0, 1, 1)).isEqualTo(1 / (0.48 * 0.20));
        assertThat(DesignWeights.weight(0, 0, 0, 2)).isEqualTo(1 / (0.32 * 0.32));
        assertThat(DesignWeights.weight(1, 0, 1, 1)).isEqualTo(1 / (0.48 * 0.32));
        assertThat(DesignWeights.weight(1, 0, 1, 2)).isEqualTo(1 / (0.48 * 0.20));
        assertThat(DesignWeights.weight(1, 0, 0, 0)).isEqualTo(1 / (0.20 * 0.48));
        assertThat(DesignWeights.weight(1, 0, 0, 1)).isEqualTo(1 / (0.20 * 0.20));
        assertThatThrownBy(() -> DesignWeights.weight(0, 0, 1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("C=3");
    }

    private static AmceRow row(int intervention, int barrier, int pedPed, int signal, String type, String level) {
        return new AmceRow(intervention, barrier, pedPed, signal, type, type, level, 0, 1, 7);
    }
}
