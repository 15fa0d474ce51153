package org.moralbase.condition;

/**
 * Which option a condition (a stated policy) implies on one item, as the researcher marked it.
 *
 * @param condition the condition's code
 * @param itemKey the item's key in its study (its {@code id} column)
 * @param implied {@code "A"} or {@code "B"}, in the item's own labels
 */
public record Implication(String condition, String itemKey, String implied) {}
