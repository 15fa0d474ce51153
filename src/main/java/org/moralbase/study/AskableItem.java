package org.moralbase.study;

/**
 * One item as a model is asked it: a two-option prompt.
 *
 * @param key the item's key within its study (or within the run, for generated items)
 * @param system the system prompt, or {@code null} for none
 * @param asWritten the user prompt with the item's options in their own order (option A first)
 * @param swapped the user prompt with the options swapped, or {@code null} when the item can only be asked as
 *     written (a released DVB prompt, whose order was randomised when it was made; a Moral Machine scenario, whose
 *     case order the generator draws)
 * @param shown what the kind keeps with every answer to read it later (e.g. the scenario as JSON), or {@code null}
 */
public record AskableItem(String key, String system, String asWritten, String swapped, String shown) {

    /** Checks the key and the prompt are present. */
    public AskableItem {
        if (key == null || key.isBlank() || asWritten == null || asWritten.isBlank()) {
            throw new IllegalArgumentException("an askable item needs a key and a prompt");
        }
    }

    /** An item with nothing kept beside its answers. */
    public AskableItem(String key, String system, String asWritten, String swapped) {
        this(key, system, asWritten, swapped, null);
    }

    /** Whether the item can also be asked with its options swapped. */
    public boolean swappable() {
        return swapped != null;
    }
}
