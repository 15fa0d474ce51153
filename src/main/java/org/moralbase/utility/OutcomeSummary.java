package org.moralbase.utility;

/** One outcome of a study as its pages list it. */
public record OutcomeSummary(String key, String description, String category) {}
