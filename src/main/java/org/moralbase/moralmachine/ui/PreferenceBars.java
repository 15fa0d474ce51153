package org.moralbase.moralmachine.ui;

import java.util.List;
import java.util.Locale;
import org.moralbase.base.Svg;

/**
 * A small server-side SVG chart: for each of the nine attributes, one horizontal bar per series on a −1..1 scale
 * (0 = no preference). Missing values (NaN) draw no bar. Hover shows the series, the attribute and the value.
 */
final class PreferenceBars {

    /** One series: a name, a CSS colour and nine values in attribute order. */
    record Series(String name, String colour, double[] values) {}

    private static final int LABEL_W = 190;
    private static final int PLOT_W = 300;
    private static final int BAR_H = 9;

    private PreferenceBars() {}

    static String render(List<String> labels, List<Series> series, String title) {
        int rowH = series.size() * (BAR_H + 2) + 10;
        int plotH = labels.size() * rowH + 10;
        // one legend line per series, so a long name never runs off a phone's screen
        int height = plotH + series.size() * 16 + 6;
        int width = LABEL_W + PLOT_W + 20;
        double zero = LABEL_W + PLOT_W / 2.0;
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, width, height, 12, title);
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" stroke-width=\"1\"/>",
                zero,
                zero,
                plotH - 8));
        for (int i = 0; i < labels.size(); i++) {
            int y = i * rowH + 4;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_W - 8,
                    y + rowH / 2,
                    Svg.escape(labels.get(i))));
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                double clamped = Math.max(-1, Math.min(1, v));
                double x = clamped >= 0 ? zero : zero + clamped * PLOT_W / 2;
                double w = Math.abs(clamped) * PLOT_W / 2;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s, %s: %.2f</title></rect>",
                        x,
                        y + s * (BAR_H + 2),
                        Math.max(w, 1),
                        BAR_H,
                        series.get(s).colour(),
                        Svg.escape(series.get(s).name()),
                        Svg.escape(labels.get(i)),
                        v));
            }
        }
        for (int k = 0; k < series.size(); k++) {
            int y = plotH + 6 + k * 16;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
                    LABEL_W,
                    y,
                    series.get(k).colour(),
                    LABEL_W + 14,
                    y + 9,
                    Svg.escape(series.get(k).name())));
        }
        return svg.append("</svg>").toString();
    }
}
