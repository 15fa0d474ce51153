package org.moralbase.annotation;

import java.util.Locale;

/**
 * The file format an item was imported from, so the dataset can be written back in it with final labels:
 * CSV formats get {@code label_<question>} columns, JSON formats a {@code labels} object.
 */
public enum SourceFormat {
    /** Generic CSV. */
    GENERIC_CSV("Generic CSV", ".csv", Shape.CSV),
    /** Generic JSON Lines. */
    GENERIC_JSONL("Generic JSONL", ".jsonl", Shape.JSON_LINES),
    /** DailyDilemmas CSV: both rows of a dilemma carry its labels. */
    DAILY_DILEMMAS("DailyDilemmas CSV", ".csv", Shape.CSV),
    /** MoralChoice CSV. */
    MORAL_CHOICE("MoralChoice CSV", ".csv", Shape.CSV),
    /** Scruples dilemmas JSONL. */
    SCRUPLES("Scruples JSONL", ".jsonl", Shape.JSON_LINES),
    /** DVB prompt JSON (an array). */
    DVB_PROMPTS("DVB prompts JSON", ".json", Shape.JSON_ARRAY);

    /** How records are laid out in the file. */
    enum Shape {
        CSV,
        JSON_LINES,
        JSON_ARRAY
    }

    private final String label;
    private final String extension;
    private final Shape shape;

    SourceFormat(String label, String extension, Shape shape) {
        this.label = label;
        this.extension = extension;
        this.shape = shape;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** The file name ending, with its dot. */
    public String extension() {
        return extension;
    }

    Shape shape() {
        return shape;
    }

    /** The format of a file imported as {@code source}; generic files by their name's ending. */
    static SourceFormat of(ItemSource source, String fileName) {
        return switch (source) {
            case GENERIC -> fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? GENERIC_CSV : GENERIC_JSONL;
            case DAILY_DILEMMAS -> DAILY_DILEMMAS;
            case MORAL_CHOICE -> MORAL_CHOICE;
            case SCRUPLES -> SCRUPLES;
            case DVB_PROMPTS -> DVB_PROMPTS;
        };
    }
}
