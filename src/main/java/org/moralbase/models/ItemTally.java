package org.moralbase.models;

/**
 * One registered model's answers to one item of a study, asked or imported, in the item's own option labels (an
 * answer given with the options swapped counts for the option it named).
 *
 * @param modelId the registry entry
 * @param model its name
 * @param chosenA valid answers that chose the item's option A
 * @param chosenB valid answers that chose the item's option B
 * @param unreadable answers that named neither or both options (kept, never scored)
 */
public record ItemTally(long modelId, String model, String itemKey, int chosenA, int chosenB, int unreadable) {}
