package org.moralbase.choicepair;

/** A stored choice pair as the researcher's pages list it. */
public record ChoicePairRow(long id, String key, String source, String context, String optionA, String optionB) {}
