package org.moralbase.participation;

/**
 * How many of a study's sessions are in each state; {@code started} counts them all.
 *
 * @param started every session ever started
 * @param active sessions still going
 * @param completed sessions that reached the end
 * @param screenedOut sessions ended by a screen-out
 * @param abandoned sessions given up
 */
public record SessionCounts(long started, long active, long completed, long screenedOut, long abandoned) {}
