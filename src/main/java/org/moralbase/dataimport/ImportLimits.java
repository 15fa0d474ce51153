package org.moralbase.dataimport;

/**
 * Guards against oversize uploads and runaway error lists.
 *
 * @param maxRows most records (CSV rows, JSONL lines, JSON array elements) a file may hold
 * @param maxBytes most bytes a file may hold
 * @param maxProblems problems collected before parsing stops
 */
public record ImportLimits(int maxRows, long maxBytes, int maxProblems) {

    /** Checks every limit is positive. */
    public ImportLimits {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1, was " + maxProblems);
        }
    }

    /** 200,000 records, 256 MiB, 50 problems: room for the published datasets (DVB has ~105k prompts). */
    public static ImportLimits withDefaults() {
        return new ImportLimits(200_000, 256L * 1024 * 1024, 50);
    }

    /** A copy with another row limit. */
    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(rows, maxBytes, maxProblems);
    }

    /** A copy with another byte limit. */
    public ImportLimits withMaxBytes(long bytes) {
        return new ImportLimits(maxRows, bytes, maxProblems);
    }

    /** A copy with another problem limit. */
    public ImportLimits withMaxProblems(int problems) {
        return new ImportLimits(maxRows, maxBytes, problems);
    }
}
