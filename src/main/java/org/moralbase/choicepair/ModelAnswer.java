package org.moralbase.choicepair;

/**
 * One model answer read from a file.
 *
 * @param itemKey the study's item key
 * @param model the model's name
 * @param raw the answer as written
 * @param choice "A" or "B" in the item's original labels, or null when the answer cannot be read
 * @param order "AB" or "BA", the order the model saw, or null when not given
 */
public record ModelAnswer(String itemKey, String model, String raw, String choice, String order) {}
