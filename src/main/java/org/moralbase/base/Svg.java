package org.moralbase.base;

import java.util.Locale;

/** Small helpers for server-made SVG charts: shapes, text, escaping and numbers, shared by every chart. */
public final class Svg {

    /** Fonts every chart names: common ones first, so a downloaded file renders alike elsewhere. */
    public static final String FONT = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    private Svg() {}

    /**
     * Opens a standalone chart: the namespace, a fixed size (pages scale it with CSS, see {@code base.ui.SvgChart}),
     * the fonts, a title for screen readers and a white background, so the markup is also the downloadable file.
     */
    public static void open(StringBuilder s, int width, int height, int fontSize, String title) {
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" font-family=\"")
                .append(FONT)
                .append("\" font-size=\"")
                .append(fontSize)
                .append("\"><title>");
        escapeTo(s, title);
        s.append("</title><rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
    }

    /** Colours for series told apart by colour (models, families): distinct, readable on white. */
    public static final java.util.List<String> SERIES =
            java.util.List.of("#1f5fbf", "#2b8a3e", "#7048e8", "#c2255c", "#0b7285", "#5c940d", "#862e9c", "#495057");

    /** The colour of series {@code i} (the palette repeats after its eighth colour). */
    public static String series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** Appends a line. */
    public static void line(StringBuilder s, double x1, double y1, double x2, double y2, String colour, double width) {
        s.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1));
        s.append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2));
        s.append("\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"")
                .append(num(width))
                .append("\"/>");
    }

    /** Appends a text element; the content is escaped. */
    public static void text(StringBuilder s, double x, double y, String anchor, String colour, String content) {
        s.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y));
        s.append("\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"")
                .append(colour)
                .append("\">");
        escapeTo(s, content);
        s.append("</text>");
    }

    /** A coordinate with one decimal, without String.format (charts of 1,000 points stay fast). */
    public static String num(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    /** A number for people: {@code decimals} places, "–" for NaN or infinity. */
    public static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    /** Appends text escaped for XML content and attribute values. */
    public static void escapeTo(StringBuilder s, String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
    }

    /** Text escaped for XML content and attribute values. */
    public static String escape(String v) {
        StringBuilder s = new StringBuilder(v.length() + 8);
        escapeTo(s, v);
        return s.toString();
    }
}
