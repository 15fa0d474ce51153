package org.moralbase.moralmachine;

import java.util.Locale;
import org.moralbase.base.Svg;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceEstimate;
import org.moralbase.stats.amce.AmceResult;

/**
 * Draws a study's nine AMCEs with their 95% intervals beside the Awad 2018 human vector (methods §2.1) as a
 * self-contained SVG: one row per attribute, hover values in {@code <title>} elements, no script, so the same
 * text is shown on the page and offered as a download.
 */
public final class AmceChart {

    private static final int WIDTH = 760;
    private static final int LABEL = 170;
    private static final int RIGHT = 30;
    private static final int TOP = 44;
    private static final int ROW = 34;
    private static final String STUDY = "#1f5fbf";
    private static final String HUMAN = "#d9480f";

    private AmceChart() {}

    /** The chart of {@code result} (the study's estimates) against Awad 2018. */
    public static String svg(AmceResult result) {
        double[] human = AmceDistance.awad2018();
        double lo = -0.2;
        double hi = 1.0;
        for (AmceEstimate e : result.estimates()) {
            if (Double.isFinite(e.ciLow())) {
                lo = Math.min(lo, Math.max(-1, e.ciLow()));
                hi = Math.max(hi, Math.min(1, e.ciHigh()));
            }
        }
        lo = Math.floor(lo * 5) / 5;
        hi = Math.ceil(hi * 5) / 5;
        int height = TOP + ROW * 9 + 40;
        Scale x = new Scale(lo, hi, LABEL, WIDTH - RIGHT);
        StringBuilder s = new StringBuilder(8192);
        Svg.open(s, WIDTH, height, 13, "AMCEs with 95% intervals beside Awad 2018");
        legend(s);
        for (double t = lo; t <= hi + 1e-9; t += 0.2) {
            double px = x.of(t);
            s.append(line(px, TOP - 6, px, TOP + ROW * 9, Math.abs(t) < 1e-9 ? "#555" : "#ddd", 1));
            s.append(text(px, TOP + ROW * 9 + 18, "middle", "#555", fmt(t, 1)));
        }
        s.append(text(x.of((lo + hi) / 2), TOP + ROW * 9 + 36, "middle", "#555", "AMCE (Δ P(spared))"));
        for (AmceAttribute a : AmceAttribute.values()) {
            AmceEstimate e = result.estimate(a);
            double y = TOP + ROW * a.ordinal() + ROW / 2.0;
            s.append(text(LABEL - 10, y + 4, "end", "#222", label(a)));
            String tip = a.displayName() + ": " + fmt(e.estimate(), 3) + " [" + fmt(e.ciLow(), 3) + ", "
                    + fmt(e.ciHigh(), 3) + "], n = " + e.rows() + " rows, " + e.clusters() + " participants"
                    + org.moralbase.stats.IntervalCaveat.of(e.rows(), e.ciLow(), e.ciHigh())
                            .map(c -> " (" + c + ")")
                            .orElse("");
            s.append("<g class=\"study\"><title>").append(Svg.escape(tip)).append("</title>");
            if (Double.isFinite(e.estimate())) {
                if (Double.isFinite(e.ciLow())) {
                    s.append(line(x.of(e.ciLow()), y - 5, x.of(e.ciHigh()), y - 5, STUDY, 2.5));
                }
                s.append(circle(x.of(e.estimate()), y - 5, 5, STUDY));
            } else {
                s.append(text(LABEL + 6, y, "start", "#888", "no data yet"));
            }
            s.append("</g><g class=\"human\"><title>")
                    .append(Svg.escape("Awad 2018 (humans), " + a.displayName() + ": " + fmt(human[a.ordinal()], 3)))
                    .append("</title>");
            double hx = x.of(human[a.ordinal()]);
            s.append("<path d=\"M")
                    .append(f(hx))
                    .append(' ')
                    .append(f(y + 1))
                    .append(" l6 6 l-6 6 l-6 -6 z\" fill=\"")
                    .append(HUMAN)
                    .append("\"/></g>");
        }
        return s.append("</svg>").toString();
    }

    private static String label(AmceAttribute a) {
        return a == AmceAttribute.NO_CHARACTERS ? "No. characters*" : a.displayName();
    }

    private static void legend(StringBuilder s) {
        s.append(circle(LABEL + 6, 16, 5, STUDY));
        s.append(text(LABEL + 16, 20, "start", "#222", "This study (95% CI, clustered by participant)"));
        s.append("<path d=\"M")
                .append(LABEL + 356)
                .append(" 9 l6 6 l-6 6 l-6 -6 z\" fill=\"")
                .append(HUMAN)
                .append("\"/>");
        s.append(text(LABEL + 368, 20, "start", "#222", "Awad 2018 (humans)"));
    }

    private record Scale(double lo, double hi, double left, double right) {
        double of(double v) {
            double c = Math.max(lo, Math.min(hi, v));
            return left + (c - lo) / (hi - lo) * (right - left);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String color, double width) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\""
                + color + "\" stroke-width=\"" + f(width) + "\"/>";
    }

    private static String circle(double cx, double cy, double r, String color) {
        return "<circle cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" r=\"" + f(r) + "\" fill=\"" + color + "\"/>";
    }

    private static String text(double x, double y, String anchor, String color, String content) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + color + "\">"
                + Svg.escape(content) + "</text>";
    }

    /** A number for people: NaN as "–". */
    static String fmt(double v, int decimals) {
        return Svg.fmt(v, decimals);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
