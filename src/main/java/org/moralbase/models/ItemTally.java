package org.moralbase.models;

/**
 * One run's answers to one item of a study, asked or imported, in the item's own option labels (an answer given with
 * the options swapped counts for the option it named), with the orders the answers were given in.
 *
 * @param modelId the registry entry
 * @param model its name
 * @param runId the run (asked, or one model's import)
 * @param chosenA valid answers that chose the item's option A
 * @param chosenB valid answers that chose the item's option B
 * @param unreadable answers that named neither or both options (kept, never scored)
 * @param shownAB answers (any) given with the options as written
 * @param shownBA answers (any) given with the options swapped
 */
public record ItemTally(
        long modelId,
        String model,
        long runId,
        String itemKey,
        int chosenA,
        int chosenB,
        int unreadable,
        int shownAB,
        int shownBA) {

    /** Answers whose order was not recorded (an imported file without an order column). */
    public int orderUnknown() {
        return chosenA + chosenB + unreadable - shownAB - shownBA;
    }
}
