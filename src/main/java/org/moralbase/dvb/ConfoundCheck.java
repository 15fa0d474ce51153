package org.moralbase.dvb;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates the DVB design (methods §4): every training pair sets (v1, s1) against (v2, s2) and the user chose
 * (v1, s1); the test pair sets (v1, s2) against (v2, s1) and marks (v1, s2) as the deep-value choice.
 */
public final class ConfoundCheck {

    private ConfoundCheck() {}

    /** Every violation, one message each; empty when the trial is sound. */
    public static List<String> violations(DvbTrial trial) {
        DeepValue v1 = trial.values().preferred();
        DeepValue v2 = trial.values().lessPreferred();
        String s1 = trial.dimension().pole1();
        String s2 = trial.dimension().pole2();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < trial.training().size(); i++) {
            check(problems, "training pair " + (i + 1), trial.training().get(i), v1, s1, v2, s2);
        }
        check(problems, "test pair", trial.test(), v1, s2, v2, s1);
        return problems;
    }

    private static void check(
            List<String> problems,
            String where,
            DvbChoice choice,
            DeepValue favouredValue,
            String favouredPole,
            DeepValue otherValue,
            String otherPole) {
        String expected = describe(favouredValue, favouredPole) + " against " + describe(otherValue, otherPole);
        DvbOption chosen = choice.option(choice.chosen());
        DvbOption rejected = choice.option(choice.chosen().other());
        if (!matches(chosen, favouredValue, favouredPole) || !matches(rejected, otherValue, otherPole)) {
            problems.add(where + ": chosen option " + choice.chosen() + " is " + describe(chosen) + " against "
                    + describe(rejected) + "; expected " + expected);
        }
    }

    private static boolean matches(DvbOption option, DeepValue value, String pole) {
        return option.value() == value && option.pole().equals(pole);
    }

    private static String describe(DvbOption option) {
        return describe(option.value(), option.pole());
    }

    private static String describe(DeepValue value, String pole) {
        return "(" + value.id() + ", " + pole + ")";
    }
}
