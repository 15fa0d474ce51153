package org.moralbase.moralmachine.format;

import org.moralbase.stats.amce.AmceAccumulator;

/**
 * A file read into one accumulator by {@link AmceRowReader#accumulate}.
 *
 * @param accumulator the sums of every row
 * @param read the rows and distinct clusters read
 */
public record AmceAccumulated(AmceAccumulator accumulator, AmceReadResult read) {}
