package org.moralbase.annotation;

/**
 * The researcher-editable settings of a project.
 *
 * @param title 1–200 characters
 * @param instructions instructions with definitions, shown above every item
 * @param workedExample a worked example, shown before work starts and on request
 * @param judgementsPerItem k, judgements collected per item (1–50)
 * @param workerCap most items one worker may label, or null for no cap
 * @param holdTimeoutSeconds an unanswered item returns to the pool after this long (30 s – 1 day)
 */
public record ProjectSettings(
        String title,
        String instructions,
        String workedExample,
        int judgementsPerItem,
        Integer workerCap,
        int holdTimeoutSeconds) {

    /** Checks the ranges, with messages naming the field. */
    public ProjectSettings {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new IllegalArgumentException("Title: 1–200 characters");
        }
        instructions = instructions == null ? "" : instructions.strip();
        workedExample = workedExample == null ? "" : workedExample.strip();
        if (judgementsPerItem < 1 || judgementsPerItem > 50) {
            throw new IllegalArgumentException("Judgements per item: 1–50");
        }
        if (workerCap != null && workerCap < 1) {
            throw new IllegalArgumentException("Per-worker cap: at least 1, or empty for none");
        }
        if (holdTimeoutSeconds < 30 || holdTimeoutSeconds > 86_400) {
            throw new IllegalArgumentException("Hold timeout: 30 seconds to one day");
        }
    }
}
