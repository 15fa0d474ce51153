package org.moralbase.utility;

/** One pair as the participant sees it: the two outcomes in the order and on the sides shown. */
public record UtilityPage(int position, String optionA, String optionB) {}
