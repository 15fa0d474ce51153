package org.moralbase.moralmachine.ui;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Svg;

/**
 * The closing page's chart: each of the nine attributes as a horizontal line from −1 to +1 between its two named
 * ends (the end a negative AMCE leans to on the left, methods §1.1), with one marker per series. Each series keeps
 * its own thin lane across the line, so equal values never hide each other. Two layouts of the same chart: wide
 * (end labels beside the line) and narrow (a phone: end labels above the line). The legend names every marker and
 * wraps its text to the chart's width. Missing values (NaN) draw no marker.
 */
final class PreferenceLines {

    /** A marker's shape; with the colours, told apart without colour vision. */
    enum Shape {
        CIRCLE,
        DIAMOND,
        SQUARE,
        TRIANGLE_UP,
        TRIANGLE_DOWN,
        STAR,
        PENTAGON,
        HEXAGON
    }

    /** One series: a name, a CSS colour, a shape and nine values in attribute order. */
    record Series(String name, String colour, Shape shape, double[] values) {}

    /** One attribute: its title and the names of its two ends (negative values lean to {@code low}). */
    record Line(String title, String low, String high) {}

    /** What the chart shows: its lines, the people's series, the models' sentence and series (may be empty). */
    record Content(String title, List<Line> lines, List<Series> people, String modelsNote, List<Series> models) {

        List<Series> all() {
            List<Series> all = new ArrayList<>(people);
            all.addAll(models);
            return all;
        }
    }

    private static final double[] TICKS = {-1, -0.5, 0, 0.5, 1};
    private static final int LANE = 7;
    private static final double R = 4;
    private static final int LINE_H = 15;

    private final boolean narrow;
    private final int width;
    private final double x0;
    private final double x1;

    private PreferenceLines(boolean narrow) {
        this.narrow = narrow;
        this.width = narrow ? 360 : 780;
        this.x0 = narrow ? 16 : 210;
        this.x1 = narrow ? 344 : 560;
    }

    /** The desktop layout, 780 wide: end labels beside each line. */
    static String wide(Content content) {
        return new PreferenceLines(false).render(content);
    }

    /** The phone layout, 360 wide: end labels above each line. */
    static String narrow(Content content) {
        return new PreferenceLines(true).render(content);
    }

    private String render(Content c) {
        List<Series> all = c.all();
        int band = Math.max(all.size() * LANE, 14);
        StringBuilder body = new StringBuilder();
        StringBuilder outer = new StringBuilder();
        // draw into the body first: the height is known only at the end
        double y = 30;
        axisNumbers(body, 16);
        for (int i = 0; i < c.lines().size(); i++) {
            y = row(body, c.lines().get(i), i, all, y, band);
        }
        axisNumbers(body, y + 4); // again under the last line: on a phone the top ones have scrolled away
        y = legend(body, c, y + 16);
        Svg.open(outer, width, (int) Math.ceil(y + 8), 12, c.title());
        return outer.append(body).append("</svg>").toString();
    }

    private double x(double v) {
        return x0 + (Math.max(-1, Math.min(1, v)) + 1) / 2 * (x1 - x0);
    }

    private void axisNumbers(StringBuilder s, double y) {
        for (double t : TICKS) {
            String label = t == 0 ? "0" : (t > 0 ? "+" : "−") + Svg.fmt(Math.abs(t), t % 1 == 0 ? 0 : 1);
            s.append("<text x=\"").append(Svg.num(x(t))).append("\" y=\"").append(Svg.num(y));
            s.append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">")
                    .append(label)
                    .append("</text>");
        }
    }

    /** Draws one attribute's row from {@code top}; returns the next row's top. */
    private double row(StringBuilder s, Line line, int index, List<Series> all, double top, int band) {
        double lineY;
        if (narrow) {
            text(s, 4, top + 12, "start", "#111", 13, true, line.title());
            String lowText = "← " + line.low();
            String highText = line.high() + " →";
            // both on one line when they fit side by side, else each wrapped in its half
            boolean fit = width(lowText, 12) + width(highText, 12) + 16 <= width - 8;
            List<String> low = fit ? List.of(lowText) : wrap(lowText, width / 2.0 - 10, 12);
            List<String> high = fit ? List.of(highText) : wrap(highText, width / 2.0 - 10, 12);
            lines(s, 4, top + 28, "start", low);
            lines(s, width - 4, top + 28, "end", high);
            double labelsEnd = top + 28 + (Math.max(low.size(), high.size()) - 1) * LINE_H;
            lineY = labelsEnd + 8 + band / 2.0;
        } else {
            text(s, (x0 + x1) / 2, top + 12, "middle", "#111", 13, true, line.title());
            lineY = top + 20 + band / 2.0;
            List<String> low = wrap(line.low(), x0 - 24, 12);
            List<String> high = wrap(line.high(), width - x1 - 24, 12);
            lines(s, x0 - 14, lineY + 4 - (low.size() - 1) * LINE_H / 2.0, "end", low);
            lines(s, x1 + 14, lineY + 4 - (high.size() - 1) * LINE_H / 2.0, "start", high);
        }
        double bandTop = lineY - band / 2.0;
        if (index % 2 == 0) {
            s.append("<rect x=\"").append(Svg.num(x0 - 8)).append("\" y=\"").append(Svg.num(bandTop - 2));
            s.append("\" width=\"")
                    .append(Svg.num(x1 - x0 + 16))
                    .append("\" height=\"")
                    .append(band + 4);
            s.append("\" fill=\"#f4f5f7\" rx=\"3\"/>");
        }
        for (double t : TICKS) {
            Svg.line(s, x(t), bandTop, x(t), bandTop + band, t == 0 ? "#888" : "#d0d3d8", 1);
        }
        Svg.line(s, x0, lineY, x1, lineY, "#9aa0a8", 2);
        String ends = line.low() + " ↔ " + line.high();
        for (int k = 0; k < all.size(); k++) {
            double v = all.get(k).values()[index];
            if (Double.isNaN(v)) {
                continue;
            }
            String hover = all.get(k).name() + ", " + line.title() + " (" + ends + "): " + Svg.fmt(v, 2);
            marker(s, all.get(k), x(v), bandTop + LANE * (k + 0.5), hover);
        }
        return bandTop + band + (narrow ? 14 : 16);
    }

    private double legend(StringBuilder s, Content c, double top) {
        double left = narrow ? 4 : x0 - 8;
        double textWidth = width - left - 24 - 4;
        Svg.line(s, left, top, width - 4, top, "#d0d3d8", 1);
        double y = top + 20;
        for (Series series : c.people()) {
            y = legendEntry(s, series, left, y, textWidth);
        }
        if (!c.models().isEmpty()) {
            List<String> note = wrap(c.modelsNote(), width - left - 4, 12);
            lines(s, left, y + 4, "start", note);
            y += note.size() * LINE_H + 8;
            for (Series series : c.models()) {
                y = legendEntry(s, series, left, y, textWidth);
            }
        }
        return y - 6;
    }

    private double legendEntry(StringBuilder s, Series series, double left, double y, double textWidth) {
        marker(s, series, left + 8, y, series.name());
        List<String> name = wrap(series.name(), textWidth, 12);
        lines(s, left + 22, y + 4, "start", name);
        return y + name.size() * LINE_H + 5;
    }

    private static void marker(StringBuilder s, Series series, double cx, double cy, String hover) {
        String style = "\" fill=\"" + series.colour() + "\" stroke=\"#1b1b1b\" stroke-width=\"0.8\"><title>"
                + Svg.escape(hover) + "</title>";
        switch (series.shape()) {
            case CIRCLE ->
                s.append("<circle cx=\"")
                        .append(Svg.num(cx))
                        .append("\" cy=\"")
                        .append(Svg.num(cy))
                        .append("\" r=\"")
                        .append(Svg.num(R + 0.6))
                        .append(style)
                        .append("</circle>");
            case SQUARE -> polygon(s, cx, cy, 4, R * 1.35, 45, 0, style);
            case DIAMOND -> polygon(s, cx, cy, 4, R * 1.45, 0, 0, style);
            case TRIANGLE_UP -> polygon(s, cx, cy, 3, R * 1.5, -90, 0, style);
            case TRIANGLE_DOWN -> polygon(s, cx, cy, 3, R * 1.5, 90, 0, style);
            case STAR -> polygon(s, cx, cy, 5, R * 1.6, -90, R * 0.7, style);
            case PENTAGON -> polygon(s, cx, cy, 5, R * 1.3, -90, 0, style);
            case HEXAGON -> polygon(s, cx, cy, 6, R * 1.3, 0, 0, style);
        }
    }

    /** A regular polygon with {@code n} corners (a star with {@code inner} > 0), first corner at {@code startDeg}. */
    private static void polygon(
            StringBuilder s, double cx, double cy, int n, double r, double startDeg, double inner, String style) {
        s.append("<polygon points=\"");
        int corners = inner > 0 ? 2 * n : n;
        for (int i = 0; i < corners; i++) {
            double radius = inner > 0 && i % 2 == 1 ? inner : r;
            double a = Math.toRadians(startDeg + 360.0 * i / corners);
            s.append(Svg.num(cx + radius * Math.cos(a)))
                    .append(',')
                    .append(Svg.num(cy + radius * Math.sin(a)))
                    .append(' ');
        }
        s.append(style).append("</polygon>");
    }

    private static void lines(StringBuilder s, double x, double y, String anchor, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            text(s, x, y + i * LINE_H, anchor, "#222", 12, false, lines.get(i));
        }
    }

    private static void text(
            StringBuilder s, double x, double y, String anchor, String colour, int size, boolean bold, String text) {
        s.append("<text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y));
        s.append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour);
        s.append("\" font-size=\"").append(size).append(bold ? "\" font-weight=\"bold\">" : "\">");
        Svg.escapeTo(s, text);
        s.append("</text>");
    }

    /**
     * Splits text into lines no wider than {@code maxWidth} at font size {@code size}, by words (or by characters
     * for text without spaces, such as Chinese), estimating widths generously so nothing runs off the chart.
     */
    static List<String> wrap(String text, double maxWidth, int size) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = current.isEmpty() ? token.stripLeading() : current + token;
            if (!current.isEmpty() && width(candidate, size) > maxWidth) {
                out.add(current.toString().stripTrailing());
                current = new StringBuilder(token.stripLeading());
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString().stripTrailing());
        }
        return out;
    }

    /** Words with their leading space; each wide (CJK) character is a token of its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' && !word.isEmpty() && !word.toString().isBlank()) {
                tokens.add(word.toString());
                word = new StringBuilder();
            }
            if (wide(ch)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word = new StringBuilder();
                }
                tokens.add(String.valueOf(ch));
            } else {
                word.append(ch);
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        // an end label's arrow stays with its word
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (tokens.get(i).strip().equals("→") || tokens.get(i - 1).strip().equals("←")) {
                tokens.set(i - 1, tokens.get(i - 1) + tokens.remove(i));
            }
        }
        return tokens;
    }

    /**
     * An upper estimate of the text's width in pixels: Arial's character widths by class (Liberation Sans has the
     * same metrics), plus 8% for the wider fallback fonts; CJK characters and arrows one em each.
     */
    static double width(String text, int size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (wide(ch) || (ch >= 0x2190 && ch <= 0x21FF)) {
                em += 1.0;
            } else if (ch == 'm' || ch == 'w' || ch == 'M' || ch == 'W') {
                em += 0.84;
            } else if (Character.isUpperCase(ch)) {
                em += 0.70;
            } else if (" .,:;'!|()[]/-ijlft".indexOf(ch) >= 0) {
                em += 0.34;
            } else {
                em += 0.56;
            }
        }
        return em * size * 1.08;
    }

    private static boolean wide(char ch) {
        return ch >= 0x2E80 && ch < 0xFFEF;
    }
}
