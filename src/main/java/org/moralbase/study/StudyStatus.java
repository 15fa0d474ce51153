package org.moralbase.study;

/** A study's life: drafted, open to participants, closed. */
public enum StudyStatus {
    DRAFT,
    OPEN,
    CLOSED
}
