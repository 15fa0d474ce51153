package org.moralbase.dataimport.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * One item of a dataset in the shape every feature takes: two options in a context. Texts are kept verbatim as
 * plain text; the UI escapes them.
 *
 * @param key the dataset's own id of the item, unique within the file
 * @param context the situation; may be empty (Scruples dilemmas have none), never null
 * @param optionA the first option's text
 * @param optionB the second option's text
 * @param metadata the dataset's further fields, its own labels among them (e.g. {@code gold_less_ethical}), in
 *     source order (frozen copy)
 * @param dataset the dataset's name, e.g. {@code DailyDilemmas}, or a generic file's name without its ending
 * @param record the item's record as it stands in the file ({@link SourceRecord}), or null when not known (an item
 *     rebuilt from a store that did not keep it)
 */
public record DatasetItem(
        String key,
        String context,
        String optionA,
        String optionB,
        SequencedMap<String, String> metadata,
        String dataset,
        String record) {

    /** Checks the texts are present and freezes the metadata. */
    public DatasetItem {
        requireText(key, "key");
        requireText(optionA, "optionA");
        requireText(optionB, "optionB");
        requireText(dataset, "dataset");
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
