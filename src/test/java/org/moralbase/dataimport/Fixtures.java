package org.moralbase.dataimport;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helpers: fixture files from src/test/resources/datasets and the messages of a rejected import. */
public final class Fixtures {

    private Fixtures() {}

    /** A fixture as a source named by its file name. */
    public static DatasetSource source(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/datasets/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return DatasetSource.of(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem messages of the ImportException the call must throw. */
    public static java.util.List<String> problems(ThrowingCallable call) {
        ImportException e = catchThrowableOfType(ImportException.class, call);
        if (e == null) {
            throw new AssertionError("expected an ImportException");
        }
        return e.messages();
    }
}
