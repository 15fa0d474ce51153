package org.moralbase.participation;

/** Where a session stands. Stored by name. */
public enum SessionStatus {
    ACTIVE,
    COMPLETED,
    SCREENED_OUT,
    ABANDONED
}
