package org.moralbase.dataimport.format;

import java.util.Map;

/**
 * One item's stored record and the labels to write beside it.
 *
 * @param record the record as kept at import ({@link SourceRecord})
 * @param labels label name → label, "" for none
 */
public record LabelledRecord(String record, Map<String, String> labels) {

    /** Freezes the labels. */
    public LabelledRecord {
        if (record == null) {
            throw new IllegalArgumentException("record must not be null");
        }
        labels = Map.copyOf(labels);
    }
}
