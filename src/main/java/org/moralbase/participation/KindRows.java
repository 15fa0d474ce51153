package org.moralbase.participation;

import java.util.Optional;

/**
 * A kind's own rows beside an answer (the item in the kind's terms, a trial's outcome), written in the transaction
 * that stores the answer (decision 0012): both are stored, or neither, so a retry after an outage never finds one
 * without the other.
 */
@FunctionalInterface
public interface KindRows {

    /** No rows beside the answer. */
    KindRows NONE = stored -> Optional.empty();

    /**
     * Writes the rows for an answer just stored (in its transaction; a failure rolls the answer back too).
     *
     * @return the status the session ends with after this answer (completed, screened out), or empty while it goes on
     */
    Optional<SessionStatus> write(StoredResponse stored);
}
