package org.moralbase.moralmachine.format;

import org.moralbase.moralmachine.CharacterCounts;
import org.moralbase.stats.amce.AmceRow;

/**
 * One row of {@code SharedResponses.csv}: all 41 columns, in file order (methods §1.5). Boxed and String
 * components are {@code null} where the file has {@code NA} or an empty cell; the five design columns and
 * {@code Saved} are never missing.
 *
 * @param responseId {@code ResponseID}
 * @param extendedSessionId {@code ExtendedSessionID}
 * @param userId {@code UserID}
 * @param scenarioOrder {@code ScenarioOrder}
 * @param intervention {@code Intervention}, 0 or 1
 * @param pedPed {@code PedPed}, 0 or 1
 * @param barrier {@code Barrier}, 0 or 1
 * @param crossingSignal {@code CrossingSignal}, 0, 1 or 2
 * @param attributeLevel {@code AttributeLevel}
 * @param scenarioTypeStrict {@code ScenarioTypeStrict}
 * @param scenarioType {@code ScenarioType}
 * @param defaultChoice {@code DefaultChoice}
 * @param nonDefaultChoice {@code NonDefaultChoice}
 * @param defaultChoiceIsOmission {@code DefaultChoiceIsOmission}, 0 or 1
 * @param numberOfCharacters {@code NumberOfCharacters}
 * @param diffNumberOfCharacters {@code DiffNumberOFCharacters}
 * @param saved {@code Saved}, 0 or 1
 * @param template {@code Template}
 * @param descriptionShown {@code DescriptionShown}, 0 or 1
 * @param leftHand {@code LeftHand}, 0 or 1
 * @param userCountry3 {@code UserCountry3}
 * @param characters the 20 character counts, or {@code null} if any of them is missing
 */
public record ResponseRow(
        String responseId,
        String extendedSessionId,
        String userId,
        Integer scenarioOrder,
        int intervention,
        int pedPed,
        int barrier,
        int crossingSignal,
        String attributeLevel,
        String scenarioTypeStrict,
        String scenarioType,
        String defaultChoice,
        String nonDefaultChoice,
        Integer defaultChoiceIsOmission,
        Integer numberOfCharacters,
        Integer diffNumberOfCharacters,
        int saved,
        String template,
        Integer descriptionShown,
        Integer leftHand,
        String userCountry3,
        CharacterCounts characters) {

    /** Checks the codes of the never-missing columns. */
    public ResponseRow {
        check("Intervention", intervention, 1);
        check("PedPed", pedPed, 1);
        check("Barrier", barrier, 1);
        check("CrossingSignal", crossingSignal, 2);
        check("Saved", saved, 1);
    }

    private static void check(String column, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(column + " must be between 0 and " + max + ", got " + value);
        }
    }

    /**
     * The AMCE view of this row, with the same missing-value rules as {@link AmceRowReader} (a missing {@code
     * DiffNumberOFCharacters} becomes −1).
     */
    public AmceRow toAmceRow(long cluster) {
        return new AmceRow(
                intervention,
                barrier,
                pedPed,
                crossingSignal,
                scenarioType,
                scenarioTypeStrict,
                attributeLevel,
                diffNumberOfCharacters == null ? -1 : diffNumberOfCharacters,
                saved,
                cluster);
    }
}
