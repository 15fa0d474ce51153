package org.moralbase.moralmachine.picture;

/**
 * Palette and body parts shared by all figures. Figures are drawn in their own coordinates: origin at the
 * feet, y grows downwards, an adult is 48 units tall; every shape has the same dark outline.
 */
final class Parts {

    static final String OUTLINE = "#262626";
    static final String SKIN = "#f3c9a0";
    static final String HAIR = "#5a3a22";
    static final String GREY_HAIR = "#d9d9d9";
    static final String SHOE = "#2b2b2b";
    static final String NAVY = "#24345a";
    static final String COAT = "#fbfbfb";
    static final String RED = "#d7263d";

    private Parts() {}

    /** Opens a group whose shapes inherit one outline, so every figure has the same line weight. */
    static void outlined(SvgMarkup s) {
        s.add("<g stroke='%s' stroke-width='1' stroke-linejoin='round'>", OUTLINE);
    }

    /** A straight limb with an outline: a wide dark line under a narrower coloured one. */
    static void limb(SvgMarkup s, double x1, double y1, double x2, double y2, String color, double width) {
        s.line(x1, y1, x2, y2, OUTLINE, width + 2);
        s.line(x1, y1, x2, y2, color, width);
    }

    /** A bent limb (knee or elbow) through three points, outlined like {@link #limb}. */
    static void bentLimb(SvgMarkup s, String d, String color, double width) {
        s.add("<path d='%s' fill='none' stroke='%s' stroke-width='%s' stroke-linecap='round'/>", d, OUTLINE, width + 2);
        s.add("<path d='%s' fill='none' stroke='%s' stroke-width='%s' stroke-linecap='round'/>", d, color, width);
    }

    /** A head with two dot eyes. */
    static void head(SvgMarkup s, double cx, double cy, double r) {
        s.circle(cx, cy, r, SKIN);
        s.add("<g fill='%s' stroke='none'>", OUTLINE);
        s.circle(cx - r * 0.36, cy + 0.3, r * 0.13, OUTLINE);
        s.circle(cx + r * 0.36, cy + 0.3, r * 0.13, OUTLINE);
        s.close();
    }

    /** Short hair: a cap over the top of a head of radius r centred at (cx, cy). */
    static void shortHair(SvgMarkup s, double cx, double cy, double r, String color) {
        s.add(
                "<path d='M%s,%s Q%s,%s %s,%s Q%s,%s %s,%s Q%s,%s %s,%s Q%s,%s %s,%s Z' fill='%s'/>",
                cx - r * 1.03,
                cy - r * 0.05,
                cx - r * 1.1,
                cy - r * 1.3,
                cx,
                cy - r * 1.18,
                cx + r * 1.1,
                cy - r * 1.3,
                cx + r * 1.03,
                cy - r * 0.05,
                cx + r * 0.7,
                cy - r * 0.65,
                cx,
                cy - r * 0.62,
                cx - r * 0.7,
                cy - r * 0.65,
                cx - r * 1.03,
                cy - r * 0.05,
                color);
    }

    /** Long hair behind the head reaching the shoulders; draw before the head. */
    static void longHairBack(SvgMarkup s, double cx, double cy, double r, String color) {
        s.add(
                "<path d='M%s,%s Q%s,%s %s,%s Q%s,%s %s,%s L%s,%s Q%s,%s %s,%s Z' fill='%s'/>",
                cx - r * 1.1,
                cy,
                cx - r * 1.2,
                cy - r * 1.5,
                cx,
                cy - r * 1.2,
                cx + r * 1.2,
                cy - r * 1.5,
                cx + r * 1.1,
                cy,
                cx + r * 1.3,
                cy + r * 1.7,
                cx,
                cy + r * 1.9,
                cx - r * 1.3,
                cy + r * 1.7,
                color);
    }

    /** A pair of shoes under feet at x = -dx and x = +dx. */
    static void shoes(SvgMarkup s, double dx, String color) {
        s.ellipse(-dx - 0.8, -1.2, 2.8, 1.6, color);
        s.ellipse(dx + 0.8, -1.2, 2.8, 1.6, color);
    }

    /** A hand at (x, y). */
    static void hand(SvgMarkup s, double x, double y) {
        s.circle(x, y, 1.7, SKIN);
    }

    /** A briefcase hanging from a hand at (x, y). */
    static void briefcase(SvgMarkup s, double x, double y) {
        s.stroke("M%s,%s".formatted(SvgMarkup.num(x - 2), SvgMarkup.num(y + 1.5)) + " q2,-3 4,0", OUTLINE, 1);
        s.rect(x - 5, y + 1.5, 10, 7.5, 1, "#7b4a22");
        s.line(x - 5, y + 4.5, x + 5, y + 4.5, "#5a3416", 0.8);
    }
}
