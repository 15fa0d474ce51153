package org.moralbase.moralmachine.picture;

/** A minimal SVG markup builder: numbers in a locale-free short form, text always XML-escaped. */
final class SvgMarkup {

    private final StringBuilder out = new StringBuilder(8192);

    /** Opens the root element: scales to its container's width, announced as one image. */
    static SvgMarkup root(double width, double height, String ariaLabel) {
        SvgMarkup svg = new SvgMarkup();
        String label = escape(ariaLabel);
        svg.out
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(num(width))
                .append(' ')
                .append(num(height))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"")
                .append(label)
                .append("\" class=\"mb-picture\"><title>")
                .append(label)
                .append("</title>");
        return svg;
    }

    /** Appends raw markup; callers pass only constant markup and numbers formatted by {@link #num}. */
    SvgMarkup raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * Appends a fragment with {@code %s} placeholders; numbers are shortened by {@link #num}. Arguments
     * are numbers or constant strings, never user text.
     */
    SvgMarkup add(String format, Object... args) {
        // a hand-made %s substitution: String.format was a tenth of the CPU spent on a participant's answer
        int from = 0;
        for (Object arg : args) {
            int at = format.indexOf("%s", from);
            out.append(format, from, at);
            if (arg instanceof Number n) {
                appendNum(n.doubleValue());
            } else {
                out.append(arg);
            }
            from = at + 2;
        }
        out.append(format, from, format.length());
        return this;
    }

    /** A circle; the stroke is inherited from the enclosing group. */
    SvgMarkup circle(double cx, double cy, double r, String fill) {
        return add("<circle cx='%s' cy='%s' r='%s' fill='%s'/>", cx, cy, r, fill);
    }

    /** An ellipse; the stroke is inherited from the enclosing group. */
    SvgMarkup ellipse(double cx, double cy, double rx, double ry, String fill) {
        return add("<ellipse cx='%s' cy='%s' rx='%s' ry='%s' fill='%s'/>", cx, cy, rx, ry, fill);
    }

    /** A rectangle with corner radius rx; the stroke is inherited from the enclosing group. */
    SvgMarkup rect(double x, double y, double w, double h, double rx, String fill) {
        return add("<rect x='%s' y='%s' width='%s' height='%s' rx='%s' fill='%s'/>", x, y, w, h, rx, fill);
    }

    /** A path with constant path data; the stroke is inherited from the enclosing group. */
    SvgMarkup path(String d, String fill) {
        return add("<path d='%s' fill='%s'/>", d, fill);
    }

    /** An unfilled stroke line, e.g. a limb, cane or strap. */
    SvgMarkup line(double x1, double y1, double x2, double y2, String color, double width) {
        return add(
                "<line x1='%s' y1='%s' x2='%s' y2='%s' stroke='%s' stroke-width='%s' stroke-linecap='round'/>",
                x1, y1, x2, y2, color, width);
    }

    /** An unfilled stroked path, e.g. a bent arm or a stethoscope. */
    SvgMarkup stroke(String d, String color, double width) {
        return add("<path d='%s' fill='none' stroke='%s' stroke-width='%s' stroke-linecap='round'/>", d, color, width);
    }

    /**
     * Appends escaped user text inside a {@code <text>} element centred on (x, y). Translations vary in
     * length, so a long text gets a smaller font and, if still too wide, is squeezed to maxWidth.
     */
    SvgMarkup text(double x, double y, double maxWidth, double size, String cssClass, String text) {
        String t = text == null ? "" : text;
        // 0.58 em is a generous average glyph width for sans-serif fonts
        double fitted = Math.max(size * 0.75, Math.min(size, maxWidth / (0.58 * Math.max(1, t.length()))));
        String squeeze = 0.58 * fitted * t.length() > maxWidth
                ? " textLength=\"" + num(maxWidth) + "\" lengthAdjust=\"spacingAndGlyphs\""
                : "";
        out.append("<text x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" font-size=\"")
                .append(num(fitted))
                .append("\" text-anchor=\"middle\" font-family=\"system-ui, sans-serif\" fill=\"#222\" class=\"")
                .append(cssClass)
                .append('"')
                .append(squeeze)
                .append('>')
                .append(escape(t))
                .append("</text>");
        return this;
    }

    /** Opens a group translated to (x, y) and scaled by s. */
    SvgMarkup open(String cssClass, double x, double y, double s) {
        out.append("<g class=\"")
                .append(cssClass)
                .append("\" transform=\"translate(")
                .append(num(x))
                .append(' ')
                .append(num(y))
                .append(") scale(")
                .append(num(s))
                .append(")\">");
        return this;
    }

    /** Closes the innermost open group. */
    SvgMarkup close() {
        out.append("</g>");
        return this;
    }

    /** Closes the root and returns the markup. */
    String end() {
        return out.append("</svg>").toString();
    }

    /** Shortest decimal form with at most two decimals: 12, 12.5, -0.25. */
    static String num(double v) {
        return appendNum(new StringBuilder(8), v).toString();
    }

    private void appendNum(double v) {
        appendNum(out, v);
    }

    private static StringBuilder appendNum(StringBuilder sb, double v) {
        long r = Math.round(v * 100);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / 100);
        long cents = r % 100;
        if (cents != 0) {
            sb.append('.').append(cents / 10);
            if (cents % 10 != 0) {
                sb.append(cents % 10);
            }
        }
        return sb;
    }

    /** Escapes the five XML special characters, so any label is safe in text and attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
