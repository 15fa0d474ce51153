package org.moralbase.dataimport.format;

/**
 * What a researcher chose for an upload: one format, or to detect it from the file's content.
 *
 * @param formatId the chosen format's id, or null to detect it
 * @param label the name researchers see
 */
public record FormatChoice(String formatId, String label) {

    /** The default: the format is told from the file's content. */
    public static final FormatChoice DETECT = new FormatChoice(null, "Detect from the file");

    /** Checks the label. */
    public FormatChoice {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
    }

    /** The choice of this format. */
    public static FormatChoice of(DatasetFormat format) {
        return new FormatChoice(format.id(), format.label());
    }

    /** Whether the format is to be told from the file. */
    public boolean detect() {
        return formatId == null;
    }
}
