package org.moralbase.models;

/**
 * One model answer read from a file made elsewhere, as a kind hands it to {@link ModelAnswers#importAnswers}.
 *
 * @param model the model's name: the registry entry of that name, created (marked imported) when there is none
 * @param itemKey the study's item
 * @param shownOrder "AB", "BA", or {@code null} when the file does not say
 * @param rawText the answer as written
 * @param chosenPosition 1 or 2 for the option shown first or second, 0 when the answer cannot be read
 * @param answered false when the file says the call produced no answer
 * @param shown what the kind keeps to read the answer later, or {@code null}
 */
public record ImportedAnswer(
        String model,
        String itemKey,
        String shownOrder,
        String rawText,
        int chosenPosition,
        boolean answered,
        String shown) {

    /** An answer whose order, if any, is given; the chosen option is in the item's own labels ("A", "B" or null). */
    public static ImportedAnswer ofOption(String model, String itemKey, String shownOrder, String raw, String option) {
        int position = option == null ? 0 : RunAnswer.position(option, shownOrder);
        return new ImportedAnswer(model, itemKey, shownOrder, raw, position, true, null);
    }
}
