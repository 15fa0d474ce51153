package org.moralbase.annotation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
        @NotBlank(message = TITLE) @Size(max = 200, message = TITLE)
        String title,

        String instructions,
        String workedExample,

        @Min(value = 1, message = K) @Max(value = 50, message = K)
        int judgementsPerItem,

        @Min(value = 1, message = CAP) Integer workerCap,

        @Min(value = 30, message = HOLD) @Max(value = 86_400, message = HOLD)
        int holdTimeoutSeconds) {

    /** The rule for a project's title, in the words forms and refusals use. */
    public static final String TITLE = "Title: 1–200 characters";

    static final String K = "Judgements per item: 1–50";
    static final String CAP = "Per-worker cap: at least 1, or empty for none";
    static final String HOLD = "Hold timeout: 30 seconds to one day (86400)";

    /** Checks the ranges, with messages naming the field. */
    public ProjectSettings {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new IllegalArgumentException(TITLE);
        }
        instructions = instructions == null ? "" : instructions.strip();
        workedExample = workedExample == null ? "" : workedExample.strip();
        if (judgementsPerItem < 1 || judgementsPerItem > 50) {
            throw new IllegalArgumentException(K);
        }
        if (workerCap != null && workerCap < 1) {
            throw new IllegalArgumentException(CAP);
        }
        if (holdTimeoutSeconds < 30 || holdTimeoutSeconds > 86_400) {
            throw new IllegalArgumentException(HOLD);
        }
    }
}
