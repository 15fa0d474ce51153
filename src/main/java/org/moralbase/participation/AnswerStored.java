package org.moralbase.participation;

/**
 * Published after an answer is committed (never for repeats), so live views can update incrementally.
 * Listeners run after the commit, outside the participant's transaction.
 */
public record AnswerStored(long studyId, String sessionPublicId, StoredAnswer answer) {}
