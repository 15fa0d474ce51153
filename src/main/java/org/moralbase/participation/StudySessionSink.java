package org.moralbase.participation;

import java.io.IOException;

/** Receives a study's sessions one at a time. */
@FunctionalInterface
public interface StudySessionSink {

    /** Takes one session; may write to a stream and so may fail with an {@link IOException}. */
    void accept(StudySession session) throws IOException;
}
