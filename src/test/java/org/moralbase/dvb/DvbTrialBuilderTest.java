package org.moralbase.dvb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DvbTrialBuilderTest {

    private static final ValuePair VALUES =
            new ValuePair(DeepValue.FIDELITY, "Keep promises.", DeepValue.JUSTICE, "Distribute fairly.");
    private static final ShallowDimension HUMOR =
            ShallowDimension.known("Humor").orElseThrow();
    private static final DvbContext CONTEXT = new DvbContext("healthcare", "scheduling appointments");
    private static final OptionTexts TEXTS =
            OptionTexts.of("promise+joke", "fair+serious", "promise+serious", "fair+joke");

    @Test
    void vocabulariesMatchMethodsSection4() {
        assertThat(DeepValue.values())
                .filteredOn(v -> v.set() == ValueSet.ROSS_DUTIES)
                .hasSize(6);
        assertThat(DeepValue.values())
                .filteredOn(v -> v.set() == ValueSet.SCHWARTZ_VALUES)
                .hasSize(5);
        assertThat(DeepValue.orderedPairs()).hasSize(50);
        assertThat(DeepValue.parse("Self-Improvement")).isEqualTo(DeepValue.SELF_IMPROVEMENT);
        assertThatThrownBy(() -> new ValuePair(DeepValue.FIDELITY, "d", DeepValue.SECURITY, "d"))
                .hasMessage("values must be two different values of one family, were FIDELITY and SECURITY");
    }

    @Test
    void buildsTrainingConfoundAndSwappedTest() {
        DvbTrial trial = DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 4, TEXTS, 42L);

        assertThat(trial.training()).hasSize(4).allSatisfy(choice -> {
            assertThat(choice.option(choice.chosen()))
                    .isEqualTo(new DvbOption("promise+joke", DeepValue.FIDELITY, "Humorous"));
            assertThat(choice.option(choice.chosen().other()))
                    .isEqualTo(new DvbOption("fair+serious", DeepValue.JUSTICE, "Serious"));
        });
        DvbOption deepValueOption = trial.test().option(trial.expectedDeepValueChoice());
        assertThat(deepValueOption).isEqualTo(new DvbOption("promise+serious", DeepValue.FIDELITY, "Serious"));
        assertThat(trial.test().option(trial.shallowPreferenceChoice()).text()).isEqualTo("fair+joke");
        assertThat(ConfoundCheck.violations(trial)).isEmpty();
    }

    @Test
    void confoundCheckCatchesASwappedTrainingPair() {
        DvbTrial good = DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 4, TEXTS, 7L);
        List<DvbChoice> training = new ArrayList<>(good.training());
        // the user "chose" fidelity, but with the serious pole: v1 paired with s2 breaks the confound
        training.set(
                2,
                new DvbChoice(
                        new DvbOption("promise+serious", DeepValue.FIDELITY, "Serious"),
                        new DvbOption("fair+joke", DeepValue.JUSTICE, "Humorous"),
                        OptionLabel.A));
        DvbTrial broken = new DvbTrial(VALUES, HUMOR, CONTEXT, training, good.test());

        assertThat(ConfoundCheck.violations(broken))
                .containsExactly(
                        "training pair 3: chosen option A is "
                                + "(fidelity, Serious) against (justice, Humorous); expected (fidelity, Humorous) against (justice, Serious)");
    }

    @Test
    void confoundCheckCatchesATestWithoutSwappedPoles() {
        DvbTrial good = DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 4, TEXTS, 7L);
        DvbChoice unswapped = new DvbChoice(
                new DvbOption("fair+serious", DeepValue.JUSTICE, "Serious"),
                new DvbOption("promise+joke", DeepValue.FIDELITY, "Humorous"),
                OptionLabel.B);
        DvbTrial broken = new DvbTrial(VALUES, HUMOR, CONTEXT, good.training(), unswapped);

        assertThat(ConfoundCheck.violations(broken))
                .containsExactly("test pair: chosen option B is (fidelity, Humorous) "
                        + "against (justice, Serious); expected (fidelity, Serious) against (justice, Humorous)");
    }

    @Test
    void usesOneTextPerTrainingPairWhenNAreGiven() {
        List<String> v1s1 = new ArrayList<>();
        List<String> v2s2 = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            v1s1.add("a" + i);
            v2s2.add("b" + i);
        }
        DvbTrial trial = DvbTrialBuilder.build(
                VALUES, HUMOR, CONTEXT, 20, new OptionTexts(v1s1, v2s2, "promise+serious", "fair+joke"), 1L);
        assertThat(trial.training())
                .extracting(c -> c.option(c.chosen()).text())
                .containsExactlyElementsOf(v1s1);
        assertThatThrownBy(() ->
                        DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 40, new OptionTexts(v1s1, v2s2, "x", "y"), 1L))
                .hasMessage("training texts must be 1 or N = 40 per combination, were 20");
        assertThatThrownBy(() -> DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 5, TEXTS, 1L))
                .hasMessage("N must be one of 4, 20, 40, was 5");
    }

    @Test
    void orderIsReproducibleFromTheSeed() {
        DvbTrial once = DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 40, TEXTS, 123L);
        DvbTrial again = DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 40, TEXTS, 123L);
        assertThat(again).isEqualTo(once);
        assertThat(DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 40, TEXTS, 124L))
                .isNotEqualTo(once);
    }

    @Test
    void orderIsBalancedOverSeedsAndTestOrderIndependentOfTraining() {
        int seeds = 4000;
        int testA = 0;
        int trainingA = 0;
        int agree = 0; // test order equal to first training order: independent streams give ~50%
        for (long seed = 0; seed < seeds; seed++) {
            DvbTrial trial = DvbTrialBuilder.build(VALUES, HUMOR, CONTEXT, 4, TEXTS, seed);
            testA += trial.test().chosen() == OptionLabel.A ? 1 : 0;
            trainingA += trial.training().stream()
                    .filter(c -> c.chosen() == OptionLabel.A)
                    .count();
            agree += trial.test().chosen() == trial.training().getFirst().chosen() ? 1 : 0;
        }
        // |count − n/2| ≤ 4·sqrt(n)/2: a four-sigma binomial bound, false alarm ≈ 6e-5 per check
        assertThat((double) Math.abs(testA - seeds / 2)).isLessThanOrEqualTo(2 * Math.sqrt(seeds));
        assertThat((double) Math.abs(agree - seeds / 2)).isLessThanOrEqualTo(2 * Math.sqrt(seeds));
        assertThat((double) Math.abs(trainingA - 2 * seeds)).isLessThanOrEqualTo(2 * Math.sqrt(4 * seeds));
    }
}
