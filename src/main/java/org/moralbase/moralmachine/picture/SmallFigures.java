package org.moralbase.moralmachine.picture;

import static org.moralbase.moralmachine.picture.Parts.*;

/** The small characters: children, the baby in a stroller, and the two pets (seen from the side). */
final class SmallFigures {

    private SmallFigures() {}

    /** A short boy in a red cap, green T-shirt and shorts. */
    static void boy(SvgMarkup s) {
        limb(s, -2.5, -10, -2.5, -2, SKIN, 3);
        limb(s, 2.5, -10, 2.5, -2, SKIN, 3);
        shoes(s, 2.5, "#3a6ea5");
        s.path("M-5,-12 L5,-12 L5.5,-7.5 L-5.5,-7.5 Z", "#2d4f8a");
        limb(s, -5.5, -20.5, -7.5, -12, SKIN, 2.6);
        limb(s, 5.5, -20.5, 7.5, -12, SKIN, 2.6);
        s.path("M-6,-22 L6,-22 L5,-11.5 L-5,-11.5 Z", "#3fa34d");
        head(s, 0, -27.5, 5.8);
        s.path("M-6,-28.5 Q-6,-35 0,-34.5 Q6,-35 6,-28.5 Z", RED);
        s.path("M4,-29.5 L10.5,-29 L10,-28 L4,-28 Z", RED);
    }

    /** A short girl with pigtails and a yellow dress. */
    static void girl(SvgMarkup s) {
        s.circle(-7, -28, 2.8, HAIR);
        s.circle(7, -28, 2.8, HAIR);
        limb(s, -2.3, -9, -2.3, -2, SKIN, 2.6);
        limb(s, 2.3, -9, 2.3, -2, SKIN, 2.6);
        shoes(s, 2.3, RED);
        limb(s, -5, -20.5, -7, -13, SKIN, 2.4);
        limb(s, 5, -20.5, 7, -13, SKIN, 2.4);
        s.path("M-4.5,-22 L4.5,-22 L8,-8.5 L-8,-8.5 Z", "#f2c230");
        head(s, 0, -27.5, 5.8);
        s.path("M-6,-27.5 Q-6.5,-34.5 0,-34 Q6.5,-34.5 6,-27.5 Q3,-31.5 0,-30.5 Q-3,-31.5 -6,-27.5 Z", HAIR);
        s.circle(-5.5, -32, 1.3, RED);
        s.circle(5.5, -32, 1.3, RED);
    }

    /** A pram seen from the side: hood, basket, big wheels, a baby's head peeking out. */
    static void stroller(SvgMarkup s) {
        s.line(-7, -13, -9, -5, OUTLINE, 1.2);
        s.line(6, -13, 9, -5, OUTLINE, 1.2);
        s.line(10, -20, 17, -33, OUTLINE, 1.6);
        s.rect(14.5, -36, 6, 3, 1.2, "#444");
        head(s, 2, -22, 4.2);
        s.path("M-14,-21 L12,-21 Q12,-10 0,-10 Q-14,-10 -14,-21 Z", "#3bb0c9");
        s.path("M-14,-21 Q-15,-36 1,-34 L-2,-21 Z", "#2a7f96");
        s.line(-13, -16, 11, -16, "#ffffff", 1);
        wheel(s, -9, -4.5);
        wheel(s, 9, -4.5);
    }

    private static void wheel(SvgMarkup s, double cx, double cy) {
        s.circle(cx, cy, 4.3, "#333");
        s.circle(cx, cy, 1.5, "#bbbbbb");
    }

    /** A brown dog facing right: floppy ear, red collar, tail up. */
    static void dog(SvgMarkup s) {
        String fur = "#b0743a";
        s.stroke("M-11,-17 Q-16,-22 -14,-28", OUTLINE, 4.2);
        s.stroke("M-11,-17 Q-16,-22 -14,-28", fur, 2.4);
        limb(s, -8, -12, -8.5, -2, fur, 3.4);
        limb(s, 8, -12, 8.5, -2, fur, 3.4);
        limb(s, -4.5, -12, -4, -2, "#94602e", 3.4);
        limb(s, 11, -12, 12, -2, "#94602e", 3.4);
        s.ellipse(0, -15, 12.5, 6.5, fur);
        s.circle(13, -23, 6, fur);
        s.ellipse(18, -20.5, 4.5, 3, "#d9a36a");
        s.circle(22, -21.5, 1.4, OUTLINE);
        s.path("M9,-27 Q6,-24 8,-17 Q11,-19 11.5,-24 Z", "#6b4423");
        s.add("<g stroke='none'>");
        s.circle(15, -24.5, 0.9, OUTLINE);
        s.close();
        s.path("M8,-18.5 L13,-16.5 L12.5,-14.5 L7.5,-16.5 Z", RED);
    }

    /** A grey cat facing right: pointed ears, whiskers, long curled tail. */
    static void cat(SvgMarkup s) {
        String fur = "#7d8a99";
        s.stroke("M-9,-13 Q-17,-12 -15,-22 Q-14,-27 -10,-26", OUTLINE, 3.8);
        s.stroke("M-9,-13 Q-17,-12 -15,-22 Q-14,-27 -10,-26", fur, 2);
        limb(s, -6.5, -10, -7, -2, fur, 2.8);
        limb(s, 6, -10, 6.5, -2, fur, 2.8);
        s.ellipse(0, -12, 10, 5, fur);
        s.path("M6.5,-21 L7,-28.5 L10.5,-23.5 Z M12.5,-23.5 L16,-28.5 L16.5,-21 Z", fur);
        s.circle(11.5, -19, 5.3, fur);
        s.add("<g stroke='none'>");
        s.ellipse(9.5, -19.5, 0.8, 1.2, "#e8d84a");
        s.ellipse(13.5, -19.5, 0.8, 1.2, "#e8d84a");
        s.circle(11.5, -17.3, 0.8, "#e58c9a");
        s.close();
        s.stroke("M13,-17 L19,-18 M13,-16.5 L19,-15.5 M10,-17 L4,-18 M10,-16.5 L4,-15.5", "#333", 0.5);
    }
}
