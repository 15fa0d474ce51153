package org.moralbase.dataimport.format;

/** How a dataset file lays out its records. */
public enum FileShape {
    /** A CSV with a header row: one record per row (a DailyDilemmas dilemma has two). */
    CSV("CSV", ".csv"),
    /** JSON Lines: one JSON object per line. */
    JSON_LINES("JSON Lines", ".jsonl"),
    /** One JSON array of objects. */
    JSON_ARRAY("JSON array", ".json");

    private final String label;
    private final String extension;

    FileShape(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The name researchers see. */
    public String label() {
        return label;
    }

    /** The usual file name ending, with its dot. */
    public String extension() {
        return extension;
    }
}
