package org.moralbase.cli.dvgr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.stats.proportion.DvgrResult;
import org.moralbase.stats.proportion.ProportionEstimator;

/** Counts outcomes overall and per group in one pass; memory grows with the groups, not the rows. */
final class DvgrTally {

    private static final ProportionEstimator ESTIMATOR = ProportionEstimator.withDefaults();

    private final Counts overall = new Counts();
    private final Map<String, Counts> groups = new LinkedHashMap<>();

    void add(String group, Boolean outcome) {
        overall.add(outcome);
        if (group != null) {
            groups.computeIfAbsent(group, g -> new Counts()).add(outcome);
        }
    }

    long rows() {
        return overall.rows;
    }

    DvgrOutput report(String by) {
        List<DvgrOutput.Line> lines = new ArrayList<>();
        groups.forEach((name, counts) -> lines.add(counts.line(name)));
        return new DvgrOutput(by, overall.line(null), lines);
    }

    private static final class Counts {
        private int rows;
        private int generalised;
        private int answered;
        private int unparseable;

        void add(Boolean outcome) {
            rows++;
            if (outcome == null) {
                unparseable++;
            } else {
                answered++;
                generalised += outcome ? 1 : 0;
            }
        }

        // The rate of nothing is undefined: a group with no parseable answer prints nulls, not an error.
        DvgrOutput.Line line(String group) {
            if (answered == 0) {
                return new DvgrOutput.Line(
                        group,
                        rows,
                        answered,
                        generalised,
                        unparseable,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN);
            }
            DvgrResult r = new DvgrResult(ESTIMATOR.estimate(generalised, answered), unparseable);
            var p = r.proportion();
            return new DvgrOutput.Line(
                    group,
                    rows,
                    answered,
                    generalised,
                    unparseable,
                    r.dvgr(),
                    p.ciLow(),
                    p.ciHigh(),
                    p.pValue(),
                    p.logPValue());
        }
    }
}
