package org.moralbase.participation;

import java.io.IOException;
import java.util.function.Consumer;

/** Yields imported answers one at a time (typically while reading a file). */
@FunctionalInterface
public interface ImportedAnswerSource {

    /** Hands every answer to {@code sink}, in file order. */
    void forEach(Consumer<ImportedResponse> sink) throws IOException;
}
