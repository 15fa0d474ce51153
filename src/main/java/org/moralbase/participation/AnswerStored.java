package org.moralbase.participation;

/**
 * Published after an answer is committed (never for repeats), so live views can update incrementally.
 * Listeners run after the commit, outside the participant's transaction. Answers in a researcher's preview are
 * marked, and results leave them out.
 */
public record AnswerStored(long studyId, String sessionPublicId, StoredAnswer answer, boolean preview) {}
