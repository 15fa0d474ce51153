package org.moralbase.dvb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * One model answer to one DVB prompt, from a released result file.
 *
 * @param promptId the prompt answered
 * @param model the model's name
 * @param rawResponse the model's reply, verbatim (may be empty)
 * @param modelChoice the parsed choice as written in the file (e.g. {@code Option A}), empty when none
 * @param generalization whether the deep value was generalised, or unparseable
 * @param success the file's {@code success} flag (the call returned)
 * @param other every further column, in file order
 */
public record DvbResult(
        String promptId,
        String model,
        String rawResponse,
        String modelChoice,
        Generalization generalization,
        boolean success,
        SequencedMap<String, String> other) {

    /** Checks the key fields and freezes the extra columns. */
    public DvbResult {
        if (promptId == null || promptId.isBlank() || model == null || model.isBlank()) {
            throw new IllegalArgumentException("promptId and model must not be blank");
        }
        if (rawResponse == null || modelChoice == null || generalization == null) {
            throw new IllegalArgumentException("rawResponse, modelChoice and generalization must not be null");
        }
        other = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(other));
    }
}
