package org.moralbase.models;

/**
 * What an import of model answers stored.
 *
 * @param models the models whose answers were stored (one imported run each)
 * @param answers the answers stored, unreadable ones included
 * @param replaced earlier imports of the same models on the same study that were replaced
 */
public record ImportSummary(int models, int answers, int replaced) {}
