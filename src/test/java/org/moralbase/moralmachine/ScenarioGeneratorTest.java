package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moralbase.moralmachine.CharacterType.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {
    private static final int N = 200_000;
    private static List<Scenario> awad;
    private static List<Scenario> takemoto;

    /** Pairs (baseline-level character, preferred-level character) of methods §1.2, written out by hand. */
    private static final Map<Dimension, Set<List<CharacterType>>> PAIRS = new EnumMap<>(Map.of(
            Dimension.GENDER,
                    Set.of(
                            List.of(MAN, WOMAN),
                            List.of(OLD_MAN, OLD_WOMAN),
                            List.of(BOY, GIRL),
                            List.of(LARGE_MAN, LARGE_WOMAN),
                            List.of(MALE_EXECUTIVE, FEMALE_EXECUTIVE),
                            List.of(MALE_ATHLETE, FEMALE_ATHLETE),
                            List.of(MALE_DOCTOR, FEMALE_DOCTOR)),
            Dimension.AGE,
                    Set.of(
                            List.of(MAN, BOY),
                            List.of(WOMAN, GIRL),
                            List.of(OLD_MAN, MAN),
                            List.of(OLD_WOMAN, WOMAN),
                            List.of(OLD_MAN, BOY),
                            List.of(OLD_WOMAN, GIRL)),
            Dimension.FITNESS,
                    Set.of(
                            List.of(LARGE_MAN, MAN),
                            List.of(LARGE_WOMAN, WOMAN),
                            List.of(MAN, MALE_ATHLETE),
                            List.of(WOMAN, FEMALE_ATHLETE),
                            List.of(LARGE_MAN, MALE_ATHLETE),
                            List.of(LARGE_WOMAN, FEMALE_ATHLETE))));

    private static final Set<CharacterType> LOW = Set.of(HOMELESS, CRIMINAL);
    private static final Set<CharacterType> NEUTRAL = Set.of(MAN, WOMAN);
    private static final Set<CharacterType> HIGH =
            Set.of(PREGNANT, MALE_EXECUTIVE, FEMALE_EXECUTIVE, MALE_DOCTOR, FEMALE_DOCTOR);

    @BeforeAll
    static void generate() {
        awad = ScenarioGenerator.of(GeneratorMode.AWAD, 42).scenarios(N);
        takemoto = ScenarioGenerator.of(GeneratorMode.TAKEMOTO, 42).scenarios(N);
    }

    /** |observed − p| within 5 binomial standard errors. */
    private static void assertRate(List<Scenario> in, Predicate<Scenario> where, Predicate<Scenario> event, double p) {
        long n = in.stream().filter(where).count();
        long k = in.stream().filter(where).filter(event).count();
        double se = Math.sqrt(p * (1 - p) / n);
        assertThat((double) k / n).as("rate, n=%d", n).isCloseTo(p, org.assertj.core.data.Offset.offset(5 * se));
    }

    private static Outcome passengers(Scenario s) {
        return s.left().passengers() ? s.left() : s.right();
    }

    private static Outcome pedestrians(Scenario s) {
        return s.left().passengers() ? s.right() : s.left();
    }

    @Test
    void sameSeedAndSessionGiveTheSameScenarios() {
        ScenarioGenerator g = ScenarioGenerator.of(GeneratorMode.AWAD, 7);
        assertThat(g.session(3))
                .isEqualTo(ScenarioGenerator.of(GeneratorMode.AWAD, 7).session(3));
        assertThat(g.session(3)).isNotEqualTo(g.session(4));
        assertThat(g.session(3))
                .isNotEqualTo(ScenarioGenerator.of(GeneratorMode.AWAD, 8).session(3));
        ScenarioGenerator t = ScenarioGenerator.of(GeneratorMode.TAKEMOTO, 7);
        assertThat(t.session(0))
                .isEqualTo(ScenarioGenerator.of(GeneratorMode.TAKEMOTO, 7).session(0));
    }

    @Test
    void awadSessionsHoldEachAttributeTwiceAndOneRandom() {
        ScenarioGenerator g = ScenarioGenerator.of(GeneratorMode.AWAD, 1);
        for (int s = 0; s < 200; s++) {
            Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
            g.session(s).forEach(x -> counts.merge(x.dimension(), 1, Integer::sum));
            assertThat(counts).hasSize(7).containsEntry(Dimension.RANDOM, 1);
            counts.forEach((d, c) -> assertThat(c).isEqualTo(d == Dimension.RANDOM ? 1 : 2));
        }
        assertThat(g.withScenariosPerSession(20).session(0)).hasSize(20);
        assertThatThrownBy(() -> g.withScenariosPerSession(0)).hasMessageContaining("at least 1");
    }

    @Test
    void awadDesignProbabilities() {
        assertRate(awad, s -> true, Scenario::pedPed, 0.48);
        assertRate(awad, s -> true, s -> !s.pedPed() && passengers(s).diesIf() == CarAction.STAY, 0.20);
        assertRate(
                awad,
                s -> true,
                s -> s.left().signal() == Signal.NONE && s.right().signal() == Signal.NONE,
                0.48);
        assertRate(awad, s -> true, s -> s.pedPed() && s.stayOutcome().signal() == Signal.RED, 0.48 * 0.32);
        assertRate(awad, s -> true, s -> s.pedPed() && s.stayOutcome().signal() == Signal.GREEN, 0.48 * 0.20);
        assertRate(awad, s -> !s.pedPed(), s -> pedestrians(s).signal() == Signal.GREEN, 0.20);
        assertRate(awad, s -> !s.pedPed(), s -> pedestrians(s).signal() == Signal.RED, 0.32);
        assertRate(awad, s -> true, s -> s.staySide() == Side.LEFT, 0.5);
        assertRate(
                awad,
                s -> true,
                s -> s.stayOutcome().attributeLevel().equals(s.dimension().preferredLevel()),
                (12.0 / 13) * 0.5 + (1.0 / 13)); // Random: "Rand" = preferred on both sides
        assertThat(awad)
                .allMatch(s -> !s.pedPed()
                        || (s.left().signal() == Signal.NONE) == (s.right().signal() == Signal.NONE));
        assertThat(awad).allMatch(s -> s.pedPed() || passengers(s).signal() == Signal.NONE);
        for (Dimension d : Dimension.values()) {
            assertRate(awad, s -> true, s -> s.dimension() == d, d == Dimension.RANDOM ? 1.0 / 13 : 2.0 / 13);
        }
    }

    @Test
    void takemotoDesignProbabilities() {
        assertThat(takemoto).noneMatch(s -> s.dimension() == Dimension.RANDOM);
        for (Dimension d : List.of(
                Dimension.GENDER,
                Dimension.FITNESS,
                Dimension.SOCIAL_STATUS,
                Dimension.AGE,
                Dimension.UTILITARIAN,
                Dimension.SPECIES)) {
            assertRate(takemoto, s -> true, s -> s.dimension() == d, 1.0 / 6);
        }
        assertRate(takemoto, s -> true, Scenario::pedPed, 0.5);
        assertRate(takemoto, s -> !s.pedPed(), s -> passengers(s).diesIf() == CarAction.SWERVE, 0.5);
        assertRate(
                takemoto,
                s -> true,
                s -> s.left().signal() != Signal.NONE || s.right().signal() != Signal.NONE,
                0.5);
        assertRate(
                takemoto,
                s -> !s.pedPed() && pedestrians(s).signal() != Signal.NONE,
                s -> pedestrians(s).signal() == Signal.GREEN,
                0.5);
        assertRate(takemoto, s -> !s.pedPed(), s -> s.left().passengers(), 0.5);
        assertRate(
                takemoto,
                s -> s.pedPed(),
                s -> s.left().attributeLevel().equals(s.dimension().baselineLevel()),
                0.5);
        assertRate(
                takemoto,
                s -> !s.pedPed(),
                s -> passengers(s).attributeLevel().equals(s.dimension().baselineLevel()),
                0.5);
    }

    @Test
    void takemotoOriginalOrderPutsHisFirstGroupOrThePassengersInCaseOne() {
        List<Scenario> original = ScenarioGenerator.of(GeneratorMode.TAKEMOTO, 5)
                .withTakemotoOriginalOrder(true)
                .scenarios(20_000);
        Map<Dimension, String> first = Map.of(
                Dimension.SPECIES,
                "Hoomans",
                Dimension.SOCIAL_STATUS,
                "Low",
                Dimension.GENDER,
                "Female",
                Dimension.AGE,
                "Young",
                Dimension.FITNESS,
                "Fat",
                Dimension.UTILITARIAN,
                "Less");
        assertThat(original).filteredOn(s -> !s.pedPed()).allMatch(s -> s.left().passengers());
        assertThat(original)
                .filteredOn(Scenario::pedPed)
                .allMatch(s -> s.left().attributeLevel().equals(first.get(s.dimension())));
    }

    @Test
    void charactersComeFromTheAllowedPairsWithOneToFiveCharacters() {
        for (List<Scenario> list : List.of(awad, takemoto)) {
            for (Scenario s : list) {
                assertThat(s.left().size()).isBetween(1, 5);
                assertThat(s.right().size()).isBetween(1, 5);
                Dimension d = s.dimension();
                if (d == Dimension.RANDOM) {
                    assertThat(s.left().attributeLevel()).isEqualTo("Rand");
                    continue;
                }
                Outcome base = s.left().attributeLevel().equals(d.baselineLevel()) ? s.left() : s.right();
                Outcome pref = base == s.left() ? s.right() : s.left();
                assertThat(pref.attributeLevel()).isEqualTo(d.preferredLevel());
                checkPairs(d, base.characters(), pref.characters());
            }
        }
    }

    private static void checkPairs(Dimension d, List<CharacterType> base, List<CharacterType> pref) {
        if (d == Dimension.UTILITARIAN) {
            int extra = pref.size() - base.size();
            assertThat(extra).isBetween(1, 4);
            assertThat(pref.subList(0, base.size())).isEqualTo(base);
            return;
        }
        assertThat(pref).hasSameSizeAs(base);
        for (int i = 0; i < base.size(); i++) {
            CharacterType b = base.get(i);
            CharacterType p = pref.get(i);
            switch (d) {
                case SPECIES ->
                    assertThat(b.isPet() && !p.isPet()).as("%s/%s", b, p).isTrue();
                case SOCIAL_STATUS ->
                    assertThat((LOW.contains(b) && (NEUTRAL.contains(p) || HIGH.contains(p)))
                                    || (NEUTRAL.contains(b) && HIGH.contains(p)))
                            .as("%s/%s", b, p)
                            .isTrue();
                default -> assertThat(PAIRS.get(d)).contains(List.of(b, p));
            }
        }
    }

    @Test
    void awadAnalysisStimuliRestrictSocialStatusOnly() {
        List<Scenario> list = ScenarioGenerator.of(GeneratorMode.AWAD, 3)
                .withStimuli(Stimuli.AWAD_ANALYSIS)
                .scenarios(20_000);
        Set<CharacterType> allowed = Set.of(HOMELESS, MAN, WOMAN, MALE_EXECUTIVE, FEMALE_EXECUTIVE);
        assertThat(list)
                .filteredOn(s -> s.dimension() == Dimension.SOCIAL_STATUS)
                .isNotEmpty()
                .allMatch(s -> allowed.containsAll(s.left().characters())
                        && allowed.containsAll(s.right().characters()));
        assertThat(list)
                .filteredOn(s -> s.dimension() == Dimension.GENDER)
                .anyMatch(s -> s.left().characters().contains(FEMALE_DOCTOR)
                        || s.right().characters().contains(FEMALE_DOCTOR));
        assertThatThrownBy(() -> new Stimuli(Set.of(MAN, WOMAN), Set.of(MAN, WOMAN)))
                .hasMessage("stimuli leave no character pair for dimension Fitness");
    }
}
