package org.moralbase.choicepair;

import org.moralbase.dataimport.format.FileShape;

/**
 * A per-item distribution file of a choice-pair study (docs/formats.md).
 *
 * @param name the name in the file's name and in its link's id, e.g. {@code daily-dilemmas}
 * @param label what the file is, for a download link
 * @param shape CSV, or JSON Lines for Scruples
 */
public record DistributionFile(String name, String label, FileShape shape) {

    /** The file name ending, with its dot. */
    public String extension() {
        return shape.extension();
    }

    /** The file's media type. */
    public String mediaType() {
        return shape == FileShape.JSON_LINES ? "application/x-ndjson" : "text/csv";
    }
}
