package org.moralbase.dataimport;

/**
 * Guards against oversize uploads and runaway error lists. The defaults are set once at start-up from the
 * application properties ({@code moralbase.upload.*}, see {@link UploadSettings}); every importer asks
 * {@link #withDefaults()}.
 *
 * @param maxRows most records (CSV rows, JSONL lines, JSON array elements) a file may hold
 * @param maxBytes most bytes a file may hold as uploaded
 * @param maxProblems problems collected before parsing stops
 * @param maxInflatedBytes most bytes a gzip file may unpack to
 * @param maxFieldChars most characters one field (a CSV cell, a JSON string) may hold
 */
public record ImportLimits(int maxRows, long maxBytes, int maxProblems, long maxInflatedBytes, int maxFieldChars) {

    /** Built-in defaults: room for the published datasets (DVB has ~105k prompts; MM SharedResponses is larger). */
    public static final ImportLimits BUILT_IN = new ImportLimits(200_000, 256L * 1024 * 1024, 50, 1L << 30, 16_000);

    private static volatile ImportLimits configured = BUILT_IN;

    /** Checks every limit is positive. */
    public ImportLimits {
        positive("maxRows", maxRows);
        positive("maxBytes", maxBytes);
        positive("maxProblems", maxProblems);
        positive("maxInflatedBytes", maxInflatedBytes);
        positive("maxFieldChars", maxFieldChars);
    }

    /** Limits with the configured inflation and field limits. */
    public ImportLimits(int maxRows, long maxBytes, int maxProblems) {
        this(maxRows, maxBytes, maxProblems, configured.maxInflatedBytes, configured.maxFieldChars);
    }

    /** The configured limits (the built-in ones until the application sets others). */
    public static ImportLimits withDefaults() {
        return configured;
    }

    /** Sets the limits {@link #withDefaults()} returns; called once at start-up. */
    public static void configure(ImportLimits limits) {
        configured = limits;
    }

    /** A copy with another row limit. */
    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(rows, maxBytes, maxProblems, maxInflatedBytes, maxFieldChars);
    }

    /** A copy with another byte limit. */
    public ImportLimits withMaxBytes(long bytes) {
        return new ImportLimits(maxRows, bytes, maxProblems, maxInflatedBytes, maxFieldChars);
    }

    /** A copy with another problem limit. */
    public ImportLimits withMaxProblems(int problems) {
        return new ImportLimits(maxRows, maxBytes, problems, maxInflatedBytes, maxFieldChars);
    }

    /** A copy with another limit on unpacked gzip bytes. */
    public ImportLimits withMaxInflatedBytes(long bytes) {
        return new ImportLimits(maxRows, maxBytes, maxProblems, bytes, maxFieldChars);
    }

    /** A copy with another field-length limit. */
    public ImportLimits withMaxFieldChars(int chars) {
        return new ImportLimits(maxRows, maxBytes, maxProblems, maxInflatedBytes, chars);
    }

    /** A byte count for people: "256 MiB", "1.5 KiB", "12 bytes". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value);
        return number + " " + units[unit];
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
