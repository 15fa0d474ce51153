package org.moralbase.moralmachine.comparison;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Svg;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceEstimate;

/**
 * The AMCE profiles of humans and models side by side (methods §2): one band per attribute, one mark per
 * profile with its 95% interval, hover values in {@code <title>} elements, no script, so the page shows the same
 * SVG it offers as a download.
 */
final class ComparisonChart {

    private static final int WIDTH = 780;
    private static final int LABEL = 150;
    /** A phone's layout: narrower, each attribute's name above its band instead of beside it. */
    private static final int NARROW_WIDTH = 380;

    private static final int NARROW_LEFT = 14;
    private static final int NAME_ROW = 18;
    private static final int RIGHT = 30;
    private static final int LEGEND_ROW = 18;
    private static final int SERIES_GAP = 12;
    private static final String HUMAN = "#d9480f";

    private ComparisonChart() {}

    static String svg(AmceProfile human, List<Comparison.ModelLine> models) {
        return svg(human, models, false);
    }

    /** The same chart for a phone: 380 wide, every attribute's name on a line of its own above its band. */
    static String narrow(AmceProfile human, List<Comparison.ModelLine> models) {
        return svg(human, models, true);
    }

    private static String svg(AmceProfile human, List<Comparison.ModelLine> models, boolean narrow) {
        int width = narrow ? NARROW_WIDTH : WIDTH;
        int label = narrow ? NARROW_LEFT : LABEL;
        int nameRow = narrow ? NAME_ROW : 0;
        List<AmceProfile> series = new ArrayList<>();
        series.add(human);
        models.forEach(m -> series.add(m.profile()));
        int top = 16 + LEGEND_ROW * series.size() + 10;
        int row = nameRow + Math.max(30, SERIES_GAP * series.size() + 12);
        int height = top + row * 9 + 40;
        double lo = -0.2;
        double hi = 1.0;
        for (AmceProfile p : series) {
            for (AmceEstimate e : p.estimates()) {
                lo = Math.min(lo, Math.max(-1, finiteOr(e.ciLow(), e.estimate())));
                hi = Math.max(hi, Math.min(1, finiteOr(e.ciHigh(), e.estimate())));
            }
        }
        lo = Math.floor(lo * 5) / 5;
        hi = Math.ceil(hi * 5) / 5;
        double left = label;
        double right = width - (narrow ? 16 : RIGHT);
        double flo = lo;
        double fhi = hi;
        java.util.function.DoubleUnaryOperator x =
                v -> left + (Math.max(flo, Math.min(fhi, v)) - flo) / (fhi - flo) * (right - left);
        StringBuilder s = new StringBuilder(8192);
        Svg.open(s, width, height, 13, "AMCEs with 95% intervals: humans and models");
        for (int i = 0; i < series.size(); i++) {
            double y = 16 + LEGEND_ROW * i;
            mark(s, label + 6, y, i == 0, colour(i));
            Svg.text(s, label + 18, y + 4, "start", "#222", series.get(i).label());
        }
        for (double t = lo; t <= hi + 1e-9; t += 0.2) {
            double px = x.applyAsDouble(t);
            Svg.line(s, px, top - 4, px, top + row * 9, Math.abs(t) < 1e-9 ? "#555" : "#ddd", 1);
            Svg.text(s, px, top + row * 9 + 18, "middle", "#555", Svg.fmt(t, 1));
        }
        Svg.text(s, (left + right) / 2, top + row * 9 + 36, "middle", "#555", "AMCE (Δ P(spared))");
        for (AmceAttribute a : AmceAttribute.values()) {
            double y0 = top + row * a.ordinal();
            if (a.ordinal() % 2 == 1) {
                s.append("<rect x=\"0\" y=\"")
                        .append(Svg.num(y0))
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(row)
                        .append("\" fill=\"#f6f7f9\"/>");
            }
            String name = a == AmceAttribute.NO_CHARACTERS ? "No. characters*" : a.displayName();
            if (narrow) {
                Svg.text(s, label, y0 + 14, "start", "#222", name);
            } else {
                Svg.text(s, label - 10, y0 + row / 2.0 + 4, "end", "#222", name);
            }
            for (int i = 0; i < series.size(); i++) {
                AmceEstimate e = series.get(i).estimates().get(a.ordinal());
                double y = y0 + nameRow + 6 + SERIES_GAP * i + SERIES_GAP / 2.0;
                s.append("<g><title>");
                Svg.escapeTo(
                        s,
                        series.get(i).label() + ", " + a.displayName() + ": " + Svg.fmt(e.estimate(), 3)
                                + (Double.isFinite(e.ciLow())
                                        ? " [" + Svg.fmt(e.ciLow(), 3) + ", " + Svg.fmt(e.ciHigh(), 3) + "]"
                                                + org.moralbase.stats.IntervalCaveat.of(e.rows(), e.ciLow(), e.ciHigh())
                                                        .map(c -> " (" + c + ")")
                                                        .orElse("")
                                        : ""));
                s.append("</title>");
                if (Double.isFinite(e.estimate())) {
                    if (Double.isFinite(e.ciLow())) {
                        Svg.line(s, x.applyAsDouble(e.ciLow()), y, x.applyAsDouble(e.ciHigh()), y, colour(i), 2);
                    }
                    mark(s, x.applyAsDouble(e.estimate()), y, i == 0, colour(i));
                } else {
                    Svg.text(s, label + 6, y + 4, "start", "#888", "no estimate");
                }
                s.append("</g>");
            }
        }
        return s.append("</svg>").toString();
    }

    private static String colour(int series) {
        return series == 0 ? HUMAN : Svg.series(series - 1);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : Double.isFinite(fallback) ? fallback : 0;
    }

    private static void mark(StringBuilder s, double x, double y, boolean diamond, String colour) {
        if (diamond) {
            s.append("<path d=\"M")
                    .append(Svg.num(x))
                    .append(' ')
                    .append(Svg.num(y - 5.5))
                    .append(" l5.5 5.5 l-5.5 5.5 l-5.5 -5.5 z\" fill=\"")
                    .append(colour)
                    .append("\"/>");
        } else {
            s.append("<circle cx=\"")
                    .append(Svg.num(x))
                    .append("\" cy=\"")
                    .append(Svg.num(y))
                    .append("\" r=\"4.5\" fill=\"")
                    .append(colour)
                    .append("\"/>");
        }
    }
}
