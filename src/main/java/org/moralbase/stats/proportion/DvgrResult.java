package org.moralbase.stats.proportion;

/**
 * A Deep Value Generalisation Rate (DVB, Ashkinaze et al. 2025; methods §4): the share of answered test
 * trials in which the deep value was generalised, with its Wilson 95% interval and the exact two-sided
 * binomial test against 0.5.
 *
 * @param proportion generalised / answered, its Wilson interval and binomial p-value
 * @param unparseable number of trials dropped because the answer could not be parsed (not scored)
 */
public record DvgrResult(Proportion proportion, int unparseable) {

    /** Checks the proportion is present and the dropped count is non-negative. */
    public DvgrResult {
        if (proportion == null) {
            throw new IllegalArgumentException("proportion must not be null");
        }
        if (unparseable < 0) {
            throw new IllegalArgumentException("unparseable must be non-negative, was " + unparseable);
        }
    }

    /** The DVGR itself, generalised / answered. */
    public double dvgr() {
        return proportion.estimate();
    }
}
