package org.moralbase.moralmachine.format;

import java.io.IOException;

/**
 * A record longer than a {@link CsvScanner}'s bound. Thrown only where a bound is set: a chunk that starts at a
 * guessed record boundary, where a wrong guess could read the rest of the file as one quoted field.
 */
final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException(String source, int bytes) {
        super(source + ": a record is longer than the limit of " + bytes + " bytes; nothing was imported");
    }
}
