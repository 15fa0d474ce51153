package org.moralbase.models.client;

/**
 * One prompt of a run.
 *
 * @param id the caller's key for storing the outcome (e.g. a trial id), unique within a run
 * @param systemPrompt the system message, or {@code null}
 * @param userPrompt the user message, not blank
 */
public record ModelPrompt(String id, String systemPrompt, String userPrompt) {

    /** Checks that id and user message are present. */
    public ModelPrompt {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (userPrompt == null || userPrompt.isBlank()) {
            throw new IllegalArgumentException("userPrompt of " + id + " must not be blank");
        }
    }
}
