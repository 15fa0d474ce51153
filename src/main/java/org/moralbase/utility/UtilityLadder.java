package org.moralbase.utility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.moralbase.base.Svg;

/**
 * The utility ladder: outcomes grouped by category, ordered by the first fit's μ within each, one row each; every fit
 * (people, then the chosen models) a coloured dot at μ with a bar of ±σ, so people's and models' places can be
 * compared row by row. Full texts and values on hover ({@code <title>}).
 */
public final class UtilityLadder {

    private static final int LABEL = 330;
    private static final int PLOT = 420;
    private static final int RIGHT = 24;
    private static final int ROW = 22;
    private static final int LEGEND_ROW = 18;
    private static final int AXIS = 34;
    private static final int LABEL_CHARS = 48;

    private UtilityLadder() {}

    /** The chart of these fits (all over the same outcomes, in the study's order); empty markup for none. */
    public static String svg(List<UtilityFit> fits) {
        if (fits.isEmpty() || fits.getFirst().utilities().isEmpty()) {
            return "";
        }
        List<Integer> order = order(fits.getFirst().utilities());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (UtilityFit f : fits) {
            for (OutcomeUtility u : f.utilities()) {
                double sd = Math.sqrt(u.variance());
                lo = Math.min(lo, u.mean() - sd);
                hi = Math.max(hi, u.mean() + sd);
            }
        }
        lo = Math.floor(lo);
        hi = Math.ceil(hi);
        int categories = (int) order.stream()
                .map(i -> fits.getFirst().utilities().get(i).category())
                .distinct()
                .filter(Objects::nonNull)
                .count();
        int top = 10 + LEGEND_ROW * fits.size() + AXIS;
        int width = LABEL + PLOT + RIGHT;
        int height = top + ROW * (order.size() + categories) + AXIS;
        StringBuilder s = new StringBuilder(4096 + order.size() * fits.size() * 200);
        Svg.open(s, width, height, 12, "Utilities (μ ± σ) of each outcome: people and models");
        for (int k = 0; k < fits.size(); k++) {
            double y = 10 + LEGEND_ROW * k;
            s.append("<circle cx=\"").append(LABEL + 6).append("\" cy=\"").append(Svg.num(y + 5));
            s.append("\" r=\"5\" fill=\"").append(Svg.series(k)).append("\"/>");
            Svg.text(s, LABEL + 18, y + 9, "start", "#222", fits.get(k).label());
        }
        double span = hi - lo;
        int bottom = height - AXIS;
        for (double v = lo; v <= hi + 1e-9; v += span > 8 ? 2 : (span > 3 ? 1 : 0.5)) {
            double x = LABEL + (v - lo) / span * PLOT;
            Svg.line(s, x, top - 4, x, bottom, v == 0 ? "#999" : "#e6e6e6", 1);
            Svg.text(s, x, top - 8, "middle", "#555", Svg.fmt(v, 1));
            Svg.text(s, x, bottom + 14, "middle", "#555", Svg.fmt(v, 1));
        }
        Svg.text(
                s,
                LABEL + PLOT / 2.0,
                bottom + 30,
                "middle",
                "#222",
                "Utility μ (mean 0, SD 1 over the outcomes); bars ±σ");
        double y = top;
        String category = null;
        boolean first = true;
        for (int i : order) {
            OutcomeUtility row = fits.getFirst().utilities().get(i);
            if (row.category() != null && (first || !row.category().equals(category))) {
                s.append("<text x=\"4\" y=\"").append(Svg.num(y + 15)).append("\" font-weight=\"bold\" fill=\"#222\">");
                Svg.escapeTo(s, row.category());
                s.append("</text>");
                y += ROW;
            }
            first = false;
            category = row.category();
            if (((int) ((y - top) / ROW)) % 2 == 0) {
                s.append("<rect x=\"0\" y=\"")
                        .append(Svg.num(y))
                        .append("\" width=\"")
                        .append(width);
                s.append("\" height=\"").append(ROW).append("\" fill=\"#f7f7f7\"/>");
            }
            s.append("<text x=\"12\" y=\"").append(Svg.num(y + 15)).append("\" fill=\"#222\"><title>");
            Svg.escapeTo(s, row.key() + ": " + row.description());
            s.append("</title>");
            Svg.escapeTo(s, shorten(row.description()));
            s.append("</text>");
            for (int k = 0; k < fits.size(); k++) {
                OutcomeUtility u = fits.get(k).utilities().get(i);
                double sd = Math.sqrt(u.variance());
                double cy = y + ROW / 2.0 + (k - (fits.size() - 1) / 2.0) * Math.min(5, 14.0 / fits.size());
                double cx = LABEL + (u.mean() - lo) / span * PLOT;
                Svg.line(
                        s,
                        LABEL + (u.mean() - sd - lo) / span * PLOT,
                        cy,
                        LABEL + (u.mean() + sd - lo) / span * PLOT,
                        cy,
                        Svg.series(k),
                        1.5);
                s.append("<circle cx=\"").append(Svg.num(cx)).append("\" cy=\"").append(Svg.num(cy));
                s.append("\" r=\"4\" fill=\"").append(Svg.series(k)).append("\"><title>");
                Svg.escapeTo(
                        s,
                        fits.get(k).label() + " · " + row.key() + ": μ " + Svg.fmt(u.mean(), 2) + ", σ "
                                + Svg.fmt(sd, 2));
                s.append("</title></circle>");
            }
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    /** Row order: by category (outcomes without one last), then by μ, highest first. */
    static List<Integer> order(List<OutcomeUtility> utilities) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < utilities.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, Boolean>comparing(i -> utilities.get(i).category() == null)
                .thenComparing(i -> utilities.get(i).category() == null
                        ? ""
                        : utilities.get(i).category())
                .thenComparing(i -> -utilities.get(i).mean()));
        return order;
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= LABEL_CHARS ? t : t.substring(0, LABEL_CHARS - 1) + "…";
    }
}
