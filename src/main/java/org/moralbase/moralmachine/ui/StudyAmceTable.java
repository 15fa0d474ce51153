package org.moralbase.moralmachine.ui;

import java.util.Locale;
import org.moralbase.stats.IntervalCaveat;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceEstimate;
import org.moralbase.stats.amce.AmceResult;

/** The AMCEs as a plain HTML table (estimate, interval, rows, participants, Awad 2018). */
final class StudyAmceTable {

    private StudyAmceTable() {}

    static String html(AmceResult result) {
        double[] human = AmceDistance.awad2018();
        StringBuilder s = new StringBuilder(
                "<table class=\"mb-amce-table\"><thead><tr><th>Attribute</th>"
                        + "<th>AMCE</th><th>95% CI</th><th>Rows</th><th>Participants</th><th>Awad 2018</th></tr></thead><tbody>");
        for (AmceAttribute a : AmceAttribute.values()) {
            AmceEstimate e = result.estimate(a);
            s.append("<tr><td>")
                    .append(a.displayName())
                    .append("</td><td>")
                    .append(fmt(e.estimate()))
                    .append("</td><td>")
                    .append(interval(e))
                    .append("</td><td>")
                    .append(e.rows())
                    .append("</td><td>")
                    .append(e.clusters())
                    .append("</td><td>")
                    .append(fmt(human[a.ordinal()]))
                    .append("</td></tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    /**
     * The AMCEs of each condition side by side (estimate and interval, then participants), and with two or more
     * conditions the shift of each condition's AMCE from the first condition's.
     */
    static String byCondition(java.util.Map<String, AmceResult> results, String id) {
        java.util.List<String> codes = java.util.List.copyOf(results.keySet());
        StringBuilder s =
                new StringBuilder("<table class=\"mb-amce-table\" id=\"" + id + "\"><thead><tr><th>Attribute</th>");
        for (String code : codes) {
            s.append("<th>").append(escape(code)).append("</th>");
        }
        for (int c = 1; c < codes.size(); c++) {
            s.append("<th>")
                    .append(escape(codes.get(c)))
                    .append(" − ")
                    .append(escape(codes.getFirst()))
                    .append("</th>");
        }
        s.append("</tr></thead><tbody>");
        for (AmceAttribute a : AmceAttribute.values()) {
            s.append("<tr><td>").append(a.displayName()).append("</td>");
            for (String code : codes) {
                AmceEstimate e = results.get(code).estimate(a);
                s.append("<td>")
                        .append(fmt(e.estimate()))
                        .append(" ")
                        .append(interval(e))
                        .append(" (")
                        .append(e.clusters())
                        .append(")</td>");
            }
            double first = results.get(codes.getFirst()).estimate(a).estimate();
            for (int c = 1; c < codes.size(); c++) {
                s.append("<td>")
                        .append(fmt(results.get(codes.get(c)).estimate(a).estimate() - first))
                        .append("</td>");
            }
            s.append("</tr>");
        }
        return s.append("</tbody></table>").toString();
    }

    private static String escape(String text) {
        return org.moralbase.base.Svg.escape(text);
    }

    /** "[lo, hi]", or why the interval says nothing (few rows, zero width), or "–" without one. */
    static String interval(AmceEstimate e) {
        if (!Double.isFinite(e.ciLow()) || !Double.isFinite(e.ciHigh())) {
            return "–";
        }
        return IntervalCaveat.of(e.rows(), e.ciLow(), e.ciHigh())
                .orElseGet(() -> "[" + fmt(e.ciLow()) + ", " + fmt(e.ciHigh()) + "]");
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–";
    }
}
