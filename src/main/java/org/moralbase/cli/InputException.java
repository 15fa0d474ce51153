package org.moralbase.cli;

import java.nio.file.Path;

/**
 * An input file the command cannot use, or an analysis undefined on it. The message names the file and, when
 * known, the line (1 = first line of the file), the column, what was expected and what was found, e.g.
 * {@code ratings.csv: line 12, column value: expected a number, found 'x'}.
 */
public final class InputException extends RuntimeException {

    /** A problem with the file as a whole (e.g. no rows). */
    public InputException(Path file, String detail) {
        super(file + ": " + detail);
    }

    /** A problem at one line and column (column null for a whole-record problem). */
    public InputException(Path file, long line, String column, String detail) {
        super(file + ": line " + line + (column == null ? "" : ", column " + column) + ": " + detail);
    }

    /** Wraps another failure, keeping its message. */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
