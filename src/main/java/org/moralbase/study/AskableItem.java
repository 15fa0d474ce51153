package org.moralbase.study;

/**
 * One item as a model is asked it: a two-option prompt whose answer names "Option A" or "Option B".
 *
 * @param key the item's key within its study
 * @param system the system prompt, or {@code null} for none
 * @param asWritten the user prompt with the item's option A shown as "Option A"
 * @param swapped the user prompt with the item's option B shown as "Option A", or {@code null} when the item
 *     can only be asked as written (a released DVB prompt, whose order was randomised when it was made)
 */
public record AskableItem(String key, String system, String asWritten, String swapped) {

    /** Checks the key and the prompt are present. */
    public AskableItem {
        if (key == null || key.isBlank() || asWritten == null || asWritten.isBlank()) {
            throw new IllegalArgumentException("an askable item needs a key and a prompt");
        }
    }

    /** Whether the item can also be asked with its options swapped. */
    public boolean swappable() {
        return swapped != null;
    }
}
