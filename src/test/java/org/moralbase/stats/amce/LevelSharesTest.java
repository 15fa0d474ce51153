package org.moralbase.stats.amce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts worked by hand: which subset and level each row falls into is methods §2 "Subsets". */
class LevelSharesTest {

    // intervention, barrier, pedPed, crossingSignal, type, strict, level, diff, saved
    private static AmceRow row(
            int intervention, int barrier, int pedPed, int signal, String type, String level, int saved) {
        return new AmceRow(intervention, barrier, pedPed, signal, type, type, level, 1, saved, 0);
    }

    @Test
    void eachRowCountsAtItsLevelInEverySubsetItFallsInto() {
        LevelShares s = new LevelShares();
        // scenario 1 (Utilitarian, pedestrians v pedestrians, no signal): the car stays and kills the Less group
        s.add(row(0, 0, 1, 0, "Utilitarian", "Less", 0));
        s.add(row(1, 0, 1, 0, "Utilitarian", "More", 1));
        // scenario 2 (Utilitarian): the car swerves and kills the More group
        s.add(row(1, 0, 1, 0, "Utilitarian", "More", 0));
        s.add(row(0, 0, 1, 0, "Utilitarian", "Less", 1));
        // scenario 3 (Age, passengers v pedestrians, no signal): the young passengers are spared by staying
        s.add(row(1, 1, 0, 0, "Age", "Young", 1));
        s.add(row(0, 0, 0, 0, "Age", "Old", 0));

        // No. Characters: More spared once in two scenarios; Less once
        assertThat(s.rows(AmceAttribute.NO_CHARACTERS, 1)).isEqualTo(2);
        assertThat(s.spared(AmceAttribute.NO_CHARACTERS, 1)).isEqualTo(1);
        assertThat(s.spared(AmceAttribute.NO_CHARACTERS, 0)).isEqualTo(1);
        // Intervention (every row): level B (Intervention = 1, spared by staying) spared in scenarios 1 and 3
        assertThat(s.rows(AmceAttribute.INTERVENTION, 1)).isEqualTo(3);
        assertThat(s.spared(AmceAttribute.INTERVENTION, 1)).isEqualTo(2);
        assertThat(s.rows(AmceAttribute.INTERVENTION, 0)).isEqualTo(3);
        assertThat(s.spared(AmceAttribute.INTERVENTION, 0)).isEqualTo(1);
        // Relation to AV (no signal, not pedestrians v pedestrians): scenario 3 only; passengers (level A) spared
        assertThat(s.rows(AmceAttribute.RELATION_TO_AV, 0)).isEqualTo(1);
        assertThat(s.spared(AmceAttribute.RELATION_TO_AV, 0)).isEqualTo(1);
        assertThat(s.spared(AmceAttribute.RELATION_TO_AV, 1)).isZero();
        // Age: the young (level B) spared in its one scenario; Law: no scenario with a signal
        assertThat(s.spared(AmceAttribute.AGE, 1)).isEqualTo(1);
        assertThat(s.rows(AmceAttribute.AGE, 0)).isEqualTo(1);
        assertThat(s.rows(AmceAttribute.LAW, 0) + s.rows(AmceAttribute.LAW, 1)).isZero();
        assertThat(s.rows(AmceAttribute.SPECIES, 1)).isZero();
    }
}
