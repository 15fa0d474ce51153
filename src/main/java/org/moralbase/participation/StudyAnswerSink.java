package org.moralbase.participation;

import java.io.IOException;

/** Receives a study's answers one at a time, e.g. to write them to a download as they are read. */
@FunctionalInterface
public interface StudyAnswerSink {

    /** Takes one answer; may write to a stream and so may fail with an {@link IOException}. */
    void accept(StudyAnswer answer) throws IOException;
}
