package org.moralbase.moralmachine.format;

/**
 * What an {@link AmceRowReader} pass read.
 *
 * @param rows data rows delivered to the consumer
 * @param clusters distinct values of the cluster column (the dense ids are {@code 0 … clusters − 1})
 */
public record AmceReadResult(long rows, long clusters) {}
