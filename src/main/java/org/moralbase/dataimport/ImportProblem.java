package org.moralbase.dataimport;

/**
 * One reason an import was rejected, located as precisely as the format allows.
 *
 * @param file the source file's name as the user knows it
 * @param line 1-based physical line where the record starts, or 0 when the problem concerns the whole file
 * @param element 0-based index of the element in a JSON array, or -1 for line-based formats
 * @param field the column or JSON field name, or null when the problem is not about one field
 * @param reason what is wrong, in words a researcher can act on
 */
public record ImportProblem(String file, int line, int element, String field, String reason) {

    /** Checks the location is well formed and the reason is present. */
    public ImportProblem {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or 1-based, was " + line);
        }
        if (element < -1) {
            throw new IllegalArgumentException("element must be -1 (none) or 0-based, was " + element);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** A problem at a line of a line-based file (CSV, JSONL). */
    public static ImportProblem atLine(String file, int line, String field, String reason) {
        return new ImportProblem(file, line, -1, field, reason);
    }

    /** A problem about the whole file (header, size, encoding before any line is known). */
    public static ImportProblem inFile(String file, String field, String reason) {
        return new ImportProblem(file, 0, -1, field, reason);
    }

    /**
     * The message shown to the user, e.g. {@code dilemmas.csv line 7, field action_type: expected to_do or
     * not_to_do, found 'maybe'} or {@code prompts.json element 3 (line 12), field test_uid: is missing}.
     */
    public String message() {
        StringBuilder text = new StringBuilder(file);
        if (element >= 0) {
            text.append(" element ").append(element);
            if (line > 0) {
                text.append(" (line ").append(line).append(')');
            }
        } else if (line > 0) {
            text.append(" line ").append(line);
        }
        if (field != null) {
            text.append(", field ").append(field);
        }
        return text.append(": ").append(reason).toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
