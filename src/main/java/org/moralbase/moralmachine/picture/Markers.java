package org.moralbase.moralmachine.picture;

/** The death marker (a white skull on a red disc) and the car's path arrow. */
final class Markers {

    private Markers() {}

    /** A skull badge centred at (x, y); one per character who dies. */
    static void skull(SvgMarkup s, double x, double y) {
        s.open("mb-death", x, y, 1);
        s.add("<circle r='9.5' fill='#d7263d' stroke='#ffffff' stroke-width='1.6'/>");
        s.add("<g fill='#ffffff' stroke='none'>");
        s.circle(0, -1.6, 5.2, "#ffffff");
        s.rect(-3.2, 1.2, 6.4, 4.6, 1.2, "#ffffff");
        s.close();
        s.add("<g fill='#d7263d' stroke='none'>");
        s.circle(-2, -1.2, 1.5, "#d7263d");
        s.circle(2, -1.2, 1.5, "#d7263d");
        s.rect(-0.5, 1.5, 1, 1.6, 0.3, "#d7263d");
        s.rect(-1.9, 4.1, 0.7, 1.7, 0, "#d7263d");
        s.rect(1.2, 4.1, 0.7, 1.7, 0, "#d7263d");
        s.close();
        s.close();
    }

    /** The car's path from (x1, y1) to (x2, y2), bending when the lanes differ, ending in an arrowhead. */
    static void path(SvgMarkup s, double x1, double y1, double x2, double y2, boolean swerve) {
        String d = swerve
                ? "M%s,%s C%s,%s %s,%s %s,%s"
                        .formatted(
                                SvgMarkup.num(x1), SvgMarkup.num(y1),
                                SvgMarkup.num(x1 + (x2 - x1) * 0.55), SvgMarkup.num(y1),
                                SvgMarkup.num(x2 - (x2 - x1) * 0.55), SvgMarkup.num(y2),
                                SvgMarkup.num(x2), SvgMarkup.num(y2))
                : "M%s,%s L%s,%s".formatted(SvgMarkup.num(x1), SvgMarkup.num(y1), SvgMarkup.num(x2), SvgMarkup.num(y2));
        s.add("<g class='mb-path mb-path-%s'>", swerve ? "swerve" : "stay");
        s.add("<path d='%s' fill='none' stroke='%s' stroke-width='9' stroke-linecap='round'/>", d, Parts.OUTLINE);
        s.add(
                "<path d='%s' fill='none' stroke='#ffd23f' stroke-width='5.5' stroke-linecap='round'"
                        + " stroke-dasharray='12 7'/>",
                d);
        s.add(
                "<path d='M%s,%s l0,-11 l17,11 l-17,11 Z' fill='#ffd23f' stroke='%s' stroke-width='1.6'"
                        + " stroke-linejoin='round'/>",
                x2, y2, Parts.OUTLINE);
        s.close();
    }
}
