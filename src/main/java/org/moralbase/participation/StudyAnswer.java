package org.moralbase.participation;

/** An answer with its session, as exports and analyses read them. */
public record StudyAnswer(SessionState session, StoredAnswer answer) {}
