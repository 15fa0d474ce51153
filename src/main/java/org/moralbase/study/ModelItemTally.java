package org.moralbase.study;

/**
 * One model's answers to one item.
 *
 * @param model the model's registry name
 * @param itemKey the item's key
 * @param chosenA valid answers that chose the item's option A
 * @param chosenB valid answers that chose the item's option B
 * @param unreadable answers that named neither or both options (kept, never scored)
 */
public record ModelItemTally(String model, String itemKey, int chosenA, int chosenB, int unreadable) {}
