package org.moralbase.moralmachine.picture;

import static org.moralbase.moralmachine.picture.Parts.*;

/** Adults told apart by gender, build and age: man, woman, pregnant woman, large and old people. */
final class AdultFigures {

    private static final String SHIRT = "#3c8dd6";
    private static final String TROUSERS = "#3a4256";
    private static final String DRESS = "#d94a64";

    private AdultFigures() {}

    /** Blue shirt, dark trousers, short hair. */
    static void man(SvgMarkup s) {
        limb(s, -3, -18, -3.5, -2, TROUSERS, 4.5);
        limb(s, 3, -18, 3.5, -2, TROUSERS, 4.5);
        shoes(s, 3.5, SHOE);
        limb(s, -7.5, -32, -9.5, -20, SHIRT, 3.4);
        limb(s, 7.5, -32, 9.5, -20, SHIRT, 3.4);
        hand(s, -9.6, -18.8);
        hand(s, 9.6, -18.8);
        s.path("M-8,-35 L8,-35 L7,-17 L-7,-17 Z", SHIRT);
        head(s, 0, -41, 6);
        shortHair(s, 0, -41, 6, HAIR);
    }

    /** Long hair and a red dress. */
    static void woman(SvgMarkup s) {
        dressedWoman(s, DRESS, false);
    }

    /** A woman in a purple dress with a round belly and her hand on it. */
    static void pregnant(SvgMarkup s) {
        dressedWoman(s, "#8a5cc2", true);
    }

    private static void dressedWoman(SvgMarkup s, String dress, boolean pregnant) {
        longHairBack(s, 0, -41, 6, HAIR);
        limb(s, -2.8, -14, -2.8, -2, SKIN, 3);
        limb(s, 2.8, -14, 2.8, -2, SKIN, 3);
        shoes(s, 2.8, dress);
        limb(s, -6.5, -33, -9, -21, SKIN, 2.8);
        if (pregnant) {
            // the belly bulges out of the dress outline itself, so it reads as a body, not a ball
            s.path("M-6,-35 L5.5,-35 Q7,-31 8,-29.5 C17,-27 17,-16 10,-14.5 L10.5,-13 L-11,-13 Z", dress);
            limb(s, 6, -33, 6.5, -26, SKIN, 2.8);
            hand(s, 7.5, -24.5);
        } else {
            s.path("M-6,-35 L6,-35 L11,-13 L-11,-13 Z", dress);
            limb(s, 6.5, -33, 9, -21, SKIN, 2.8);
            hand(s, 9.2, -19.8);
        }
        hand(s, -9.2, -19.8);
        head(s, 0, -41, 6);
        s.path("M-6.3,-41 Q-6.5,-48.5 0,-47.5 Q6.5,-48.5 6.3,-41 Q3,-46 0,-44 Q-3,-46 -6.3,-41 Z", HAIR);
    }

    /** A wide man with a round belly. */
    static void largeMan(SvgMarkup s) {
        String shirt = "#e2762f";
        limb(s, -5, -16, -5.5, -2, TROUSERS, 5.5);
        limb(s, 5, -16, 5.5, -2, TROUSERS, 5.5);
        shoes(s, 5.5, SHOE);
        limb(s, -11, -30, -15, -19, shirt, 4.5);
        limb(s, 11, -30, 15, -19, shirt, 4.5);
        hand(s, -15.2, -17.5);
        hand(s, 15.2, -17.5);
        s.ellipse(0, -25, 13.5, 11.5, shirt);
        s.stroke("M-4,-18 Q0,-16 4,-18", "#b85a1e", 1);
        head(s, 0, -41.5, 6.5);
        s.path("M-4,-36.5 Q0,-34 4,-36.5", SKIN);
        shortHair(s, 0, -41.5, 6.5, "#2f2f2f");
    }

    /** A wide woman in a wide green dress. */
    static void largeWoman(SvgMarkup s) {
        String dress = "#2a9d8f";
        longHairBack(s, 0, -41.5, 6.5, "#8c4a2f");
        limb(s, -5, -14, -5, -2, SKIN, 4.5);
        limb(s, 5, -14, 5, -2, SKIN, 4.5);
        shoes(s, 5, dress);
        limb(s, -10, -31, -15, -20, SKIN, 4.5);
        limb(s, 10, -31, 15, -20, SKIN, 4.5);
        hand(s, -15.2, -18.5);
        hand(s, 15.2, -18.5);
        s.path("M-9,-35 L9,-35 Q17,-25 15,-12 L-15,-12 Q-17,-25 -9,-35 Z", dress);
        head(s, 0, -41.5, 6.5);
        s.path("M-6.8,-41.5 Q-7,-49.5 0,-48.5 Q7,-49.5 6.8,-41.5 Q3,-46.5 0,-44.5 Q-3,-46.5 -6.8,-41.5 Z", "#8c4a2f");
    }

    /** A stooped old man: bald crown with white hair at the sides, glasses, cane. */
    static void oldMan(SvgMarkup s) {
        String cardigan = "#8b6a46";
        limb(s, -3, -17, -3.5, -2, "#8c8c8c", 4.3);
        limb(s, 3, -17, 4, -2, "#8c8c8c", 4.3);
        shoes(s, 3.6, SHOE);
        cane(s);
        limb(s, -5, -30, -6.5, -19, cardigan, 3.4);
        s.path("M-7,-31 Q-1,-36 6,-32 L6,-17 L-6.5,-17 Z", cardigan);
        limb(s, 5, -30, 10, -22, cardigan, 3.4);
        hand(s, 10.5, -21.5);
        head(s, 4, -37.5, 5.8);
        s.path("M-1.8,-37 Q-2.5,-42 0,-43 L0.3,-38 Z M9.8,-37 Q10.5,-42 8,-43 L7.7,-38 Z", GREY_HAIR);
        glasses(s, 4, -37.2);
        s.path("M1.5,-34.5 Q4,-33 6.5,-34.5 Q4,-35.5 1.5,-34.5 Z", GREY_HAIR);
    }

    /** A stooped old woman: grey bun, glasses, lilac dress, cane. */
    static void oldWoman(SvgMarkup s) {
        String dress = "#a08ccf";
        limb(s, -2.5, -12, -3, -2, SKIN, 3);
        limb(s, 2.5, -12, 3.5, -2, SKIN, 3);
        shoes(s, 3, "#5b4a7a");
        cane(s);
        limb(s, -4.5, -30, -6, -19, dress, 3);
        s.path("M-6.5,-31 Q-1,-36 6,-32 L9,-11 L-9,-11 Z", dress);
        s.path("M-6,-31 Q0,-35 6,-32 L3,-25 L-3,-25 Z", "#6f5aa8");
        limb(s, 5, -30, 10, -22, dress, 3);
        hand(s, 10.5, -21.5);
        s.circle(-0.5, -43, 3.6, GREY_HAIR);
        head(s, 4, -37.5, 5.8);
        s.path("M-1.9,-37 Q-2,-44.5 4,-43.5 Q10,-44.5 9.9,-37 Q8,-41 4,-41 Q0,-41 -1.9,-37 Z", GREY_HAIR);
        glasses(s, 4, -37.2);
    }

    private static void cane(SvgMarkup s) {
        s.line(11, -21, 12.5, -1, "#6b4423", 1.8);
        s.stroke("M11,-21 Q10.5,-24.5 13.5,-24 Q15,-23.5 14.5,-22", "#6b4423", 1.8);
    }

    private static void glasses(SvgMarkup s, double cx, double cy) {
        s.add("<g fill='none' stroke='%s' stroke-width='0.7'>", OUTLINE);
        s.circle(cx - 2.2, cy, 1.7, "none");
        s.circle(cx + 2.2, cy, 1.7, "none");
        s.close();
    }
}
