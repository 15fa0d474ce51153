package org.moralbase.choicepair;

/** One item as the participant sees it: the context and the two options in the order shown. */
public record ChoicePairPage(int position, String context, String optionA, String optionB) {}
