package org.moralbase.annotation;

/** Which importer reads an uploaded file. */
public enum ItemSource {
    /** Generic CSV or JSON Lines: {@code id, context, option_a, option_b}, further columns as metadata. */
    GENERIC("Generic CSV / JSONL"),
    /** DailyDilemmas CSV. */
    DAILY_DILEMMAS("DailyDilemmas CSV"),
    /** MoralChoice CSV. */
    MORAL_CHOICE("MoralChoice CSV"),
    /** Scruples dilemmas JSONL. */
    SCRUPLES("Scruples JSONL"),
    /** Deep Value Benchmark released prompt JSON. */
    DVB_PROMPTS("DVB prompts JSON");

    private final String label;

    ItemSource(String label) {
        this.label = label;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }
}
