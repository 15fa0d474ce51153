package org.moralbase.choicepair;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * One binary-choice item. Texts are kept verbatim as plain text; the UI escapes them.
 *
 * @param key stable item key taken from the source id (unique within a dataset)
 * @param context the situation; may be empty (Scruples dilemmas have none), never null
 * @param optionA the first option's text
 * @param optionB the second option's text
 * @param metadata further source fields, in source order (frozen copy)
 * @param source the dataset's name, e.g. {@code DailyDilemmas}
 */
public record ChoiceItem(
        String key,
        String context,
        String optionA,
        String optionB,
        SequencedMap<String, String> metadata,
        String source) {

    /** Checks the texts are present and freezes the metadata. */
    public ChoiceItem {
        requireText(key, "key");
        requireText(optionA, "optionA");
        requireText(optionB, "optionB");
        requireText(source, "source");
        if (context == null) {
            throw new IllegalArgumentException("context must not be null (use an empty string)");
        }
        if (metadata == null) {
            throw new IllegalArgumentException("metadata must not be null");
        }
        metadata.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new IllegalArgumentException("metadata keys and values must not be null");
            }
        });
        metadata = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(metadata));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
