package org.moralbase.cli.dvgr;

import java.util.List;

/**
 * What {@code analyze dvgr} prints (docs/cli.md).
 *
 * @param by the grouping column, or null
 * @param overall all rows
 * @param groups one line per group value, in order of first appearance (empty without {@code --by})
 */
public record DvgrOutput(String by, Line overall, List<Line> groups) {

    /**
     * One DVGR.
     *
     * @param group the group value (null for the overall line)
     * @param rows rows read
     * @param answered rows with a parseable outcome
     * @param generalised answered rows in which the deep value was generalised
     * @param unparseable rows dropped as unparseable
     * @param dvgr generalised / answered (NaN → null when nothing was answered)
     * @param ciLow Wilson 95% lower bound
     * @param ciHigh Wilson 95% upper bound
     * @param pValue exact two-sided binomial p against 0.5 (may underflow to 0; see logPValue)
     * @param logPValue natural log of pValue, finite where pValue underflows
     */
    public record Line(
            String group,
            int rows,
            int answered,
            int generalised,
            int unparseable,
            double dvgr,
            double ciLow,
            double ciHigh,
            double pValue,
            double logPValue) {}
}
