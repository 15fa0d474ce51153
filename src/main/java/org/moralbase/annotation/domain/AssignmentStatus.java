package org.moralbase.annotation.domain;

/** Where an assignment stands. Stored by name. */
public enum AssignmentStatus {
    /** Given to the worker, not yet answered; counts towards k until the hold times out. */
    HELD,
    /** Answered. */
    DONE,
    /** Held longer than the timeout and taken back; never given to that worker again. */
    EXPIRED
}
