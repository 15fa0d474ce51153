package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterTallyTest {

    private static Scenario scenario(List<CharacterType> left, List<CharacterType> right) {
        return new Scenario(
                Dimension.RANDOM,
                new Outcome(left, false, Signal.NONE, CarAction.STAY, "Rand"),
                new Outcome(right, false, Signal.NONE, CarAction.SWERVE, "Rand"));
    }

    @Test
    void theSparedPictureCountsAsSavedAndTheOtherAsSacrificed() {
        // by hand: 1) saves 2 girls, sacrifices a dog; 2) saves a dog and a man, sacrifices a girl and an old man;
        // 3) saves an old man, sacrifices a dog. Girl 2−1 = +1, Dog 1−2 = −1, Man +1, OldMan 1−1 = 0.
        List<CharacterTally> t = CharacterTally.of(
                List.of(
                        scenario(List.of(CharacterType.GIRL, CharacterType.GIRL), List.of(CharacterType.DOG)),
                        scenario(
                                List.of(CharacterType.DOG, CharacterType.MAN),
                                List.of(CharacterType.GIRL, CharacterType.OLD_MAN)),
                        scenario(List.of(CharacterType.DOG), List.of(CharacterType.OLD_MAN))),
                List.of(Side.LEFT, Side.LEFT, Side.RIGHT));
        assertThat(t)
                .containsExactly(
                        new CharacterTally(CharacterType.MAN, 1, 0),
                        new CharacterTally(CharacterType.OLD_MAN, 1, 1),
                        new CharacterTally(CharacterType.GIRL, 2, 1),
                        new CharacterTally(CharacterType.DOG, 1, 2));
        // Man and Girl are both +1: the girl was seen more often (3 times against 1)
        assertThat(CharacterTally.mostSaved(t)).contains(new CharacterTally(CharacterType.GIRL, 2, 1));
        assertThat(CharacterTally.mostSacrificed(t)).contains(new CharacterTally(CharacterType.DOG, 1, 2));
    }

    @Test
    void nobodyIsMostSavedWhenNoTypeWasSavedMoreOftenThanSacrificed() {
        List<CharacterTally> t = CharacterTally.of(
                List.of(scenario(List.of(CharacterType.CAT), List.of(CharacterType.CAT))), List.of(Side.RIGHT));
        assertThat(t).containsExactly(new CharacterTally(CharacterType.CAT, 1, 1));
        assertThat(CharacterTally.mostSaved(t)).isEmpty();
        assertThat(CharacterTally.mostSacrificed(t)).isEmpty();
        assertThatThrownBy(() -> CharacterTally.of(List.of(), List.of(Side.LEFT)))
                .hasMessage("0 scenarios but 1 choices");
    }

    @Test
    void equalBalancesAndSightingsGoToTheEarlierColumn() {
        List<CharacterTally> t = CharacterTally.of(
                List.of(scenario(
                        List.of(CharacterType.WOMAN, CharacterType.MAN),
                        List.of(CharacterType.CAT, CharacterType.DOG))),
                List.of(Side.LEFT));
        assertThat(CharacterTally.mostSaved(t).orElseThrow().type()).isEqualTo(CharacterType.MAN);
        assertThat(CharacterTally.mostSacrificed(t).orElseThrow().type()).isEqualTo(CharacterType.DOG);
    }
}
