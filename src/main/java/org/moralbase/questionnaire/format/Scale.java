package org.moralbase.questionnaire.format;

import java.util.List;

/**
 * A rating scale: its points are numbered 1..k, each with a label (docs/methods.md, "Questionnaires").
 *
 * @param name the name items refer to it by ({@code agree7}, a name from the study's settings, or {@code custom} for
 *     labels written in the item file)
 * @param labels the points' labels, point 1 first
 */
public record Scale(String name, List<String> labels) {

    /** The fewest and most points a scale may have. */
    public static final int MIN_POINTS = 2;

    public static final int MAX_POINTS = 11;

    /** Checks the name and the labels. */
    public Scale {
        labels = List.copyOf(labels);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scale needs a name");
        }
        if (labels.size() < MIN_POINTS || labels.size() > MAX_POINTS) {
            throw new IllegalArgumentException(
                    "scale " + name + ": " + MIN_POINTS + " to " + MAX_POINTS + " points, found " + labels.size());
        }
        if (labels.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("scale " + name + ": every point needs a label");
        }
    }

    /** How many points. */
    public int points() {
        return labels.size();
    }

    /** The label of point {@code point} (1-based). */
    public String label(int point) {
        return labels.get(point - 1);
    }

    /** A reverse-keyed answer's score: min + max − value (methods: reverse-keyed items). */
    public int reversed(int point) {
        return 1 + points() - point;
    }

    /**
     * The point named by its number ("3") or by its exact label (case and surrounding space ignored), or 0 when
     * neither.
     */
    public int pointOf(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,2}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= points() ? n : 0;
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(t)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The labels as stored: joined by '|'. */
    public String joined() {
        return String.join("|", labels);
    }

    /** A scale from its stored labels. */
    public static Scale of(String name, String joined) {
        return new Scale(
                name,
                List.of(joined.split("\\|", -1)).stream().map(String::strip).toList());
    }
}
