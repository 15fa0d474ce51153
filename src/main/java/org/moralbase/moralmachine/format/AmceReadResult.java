package org.moralbase.moralmachine.format;

/**
 * What an {@link AmceRowReader} pass read.
 *
 * @param rows data rows delivered to the consumer
 * @param clusters distinct values of the cluster column (the dense ids are {@code 0 … clusters − 1})
 * @param droppedMissingSaved rows left out because their {@code Saved} was empty or {@code NA} (only when the reader
 *     drops them, as R's {@code lm} does; otherwise such a row is an error)
 */
public record AmceReadResult(long rows, long clusters, long droppedMissingSaved) {

    /** A pass that dropped nothing. */
    public AmceReadResult(long rows, long clusters) {
        this(rows, clusters, 0);
    }
}
