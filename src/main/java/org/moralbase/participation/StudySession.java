package org.moralbase.participation;

/** A session with its end-of-study survey (JSON, or null if none was given), as survey exports read it. */
public record StudySession(SessionState session, String surveyJson) {}
