package org.moralbase.moralmachine.format;

import java.io.IOException;

/**
 * A {@code SharedResponses.csv} file that does not follow the format. The message names the file, the
 * line (1 = header; the line where the offending record starts), the column if one is to blame, what was
 * expected and what was found, e.g. {@code data.csv: line 1234, column Saved: expected 0 or 1, found 'x'}.
 */
public final class MalformedResponsesException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final String column;
    private final String detail;

    /**
     * @param source the file name
     * @param line the 1-based line number
     * @param column the column name, or {@code null} for record-level errors
     * @param detail what was expected and found
     */
    public MalformedResponsesException(String source, long line, String column, String detail) {
        super(source + ": line " + line + (column == null ? "" : ", column " + column) + ": " + detail);
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /**
     * The same error {@code lines} lines further down: a chunk read from the middle of a file numbers its
     * lines from 1, and the caller adds the lines before the chunk.
     */
    public MalformedResponsesException movedDown(long lines) {
        MalformedResponsesException moved = new MalformedResponsesException(source, line + lines, column, detail);
        moved.setStackTrace(getStackTrace());
        return moved;
    }

    /** The file name. */
    public String source() {
        return source;
    }

    /** The 1-based line number. */
    public long line() {
        return line;
    }

    /** What was expected and found. */
    public String detail() {
        return detail;
    }

    /** The column name, or {@code null} for record-level errors. */
    public String column() {
        return column;
    }
}
