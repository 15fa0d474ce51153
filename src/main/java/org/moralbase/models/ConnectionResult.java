package org.moralbase.models;

/**
 * What a connection test of a registered model found.
 *
 * @param ok the model answered
 * @param message in the researcher's words: the answer and its time, or what failed and what to check
 */
public record ConnectionResult(boolean ok, String message) {}
