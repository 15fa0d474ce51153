package org.moralbase.moralmachine.picture;

import static org.moralbase.moralmachine.picture.Parts.*;

/** Adults told apart by what they wear or carry: homeless, criminal, executives, athletes, doctors. */
final class RoleFigures {

    private RoleFigures() {}

    /** Ragged patched coat, beanie, beard, a bundle over the shoulder. */
    static void homeless(SvgMarkup s) {
        String coat = "#7d7248";
        s.ellipse(-9, -33, 6.5, 7, "#c2a878");
        s.line(-4, -35, -9, -27, "#6b4423", 1.3);
        limb(s, -3, -15, -3.5, -2, "#5c5040", 4.5);
        limb(s, 3, -15, 3.5, -2, "#5c5040", 4.5);
        shoes(s, 3.5, "#4a3b2a");
        limb(s, 7.5, -32, 9.5, -20, coat, 3.6);
        hand(s, 9.6, -18.8);
        s.path("M-8,-35 L8,-35 L9,-13 L6,-15 L4,-12 L1,-15 L-2,-12 L-4,-15 L-7,-12 L-9,-14 Z", coat);
        s.rect(-6, -27, 4, 4, 0.5, "#a8452b");
        s.rect(2.5, -20, 3.5, 3.5, 0.5, "#4f6d8f");
        limb(s, -7, -32, -4, -27, coat, 3.6);
        head(s, 0, -41, 6);
        s.path("M-5.5,-39 Q-6,-32.5 0,-32 Q6,-32.5 5.5,-39 Q3,-37 0,-37.5 Q-3,-37 -5.5,-39 Z", "#6e5a45");
        s.path("M-6.5,-42 Q-6.5,-50 0,-49.5 Q6.5,-50 6.5,-42 Z", "#3f5a3a");
        s.rect(-7, -43.5, 14, 2.6, 1, "#334a2f");
    }

    /** Black-and-white striped shirt, black eye mask and beanie, a loot sack. */
    static void criminal(SvgMarkup s) {
        limb(s, -3, -18, -3.5, -2, "#1e1e1e", 4.5);
        limb(s, 3, -18, 3.5, -2, "#1e1e1e", 4.5);
        shoes(s, 3.5, SHOE);
        limb(s, -7.5, -32, -9.5, -20, "#f2f2f2", 3.4);
        limb(s, 7.5, -32, 10.5, -23, "#f2f2f2", 3.4);
        hand(s, -9.6, -18.8);
        s.rect(-8, -35, 16, 18, 1.5, "#f2f2f2");
        s.add("<g stroke='none' fill='#1e1e1e'>");
        for (double y = -32.5; y < -17; y += 4) {
            s.rect(-7.5, y, 15, 2, 0, "#1e1e1e");
        }
        s.close();
        s.path("M10,-27 Q15,-30 17,-24 Q19,-16 13,-15 Q8,-16 9,-22 Z", "#b89a6a");
        hand(s, 10.5, -23.5);
        head(s, 0, -41, 6);
        s.rect(-6.4, -43.3, 12.8, 3.8, 1.5, "#111");
        s.add("<g stroke='none'>");
        s.circle(-2.2, -41.4, 0.9, "#fff");
        s.circle(2.2, -41.4, 0.9, "#fff");
        s.close();
        s.path("M-6.3,-43 Q-6.5,-49.5 0,-49 Q6.5,-49.5 6.3,-43 Z", "#111");
    }

    /** Navy suit, white shirt, red tie, briefcase. */
    static void maleExecutive(SvgMarkup s) {
        limb(s, -3, -18, -3.5, -2, NAVY, 4.5);
        limb(s, 3, -18, 3.5, -2, NAVY, 4.5);
        shoes(s, 3.5, SHOE);
        limb(s, -7.5, -32, -9.5, -20, NAVY, 3.6);
        limb(s, 7.5, -32, 10, -20, NAVY, 3.6);
        hand(s, -9.6, -18.8);
        s.path("M-8,-35 L8,-35 L7,-16 L-7,-16 Z", NAVY);
        s.path("M-3.5,-35 L3.5,-35 L0,-26 Z", "#ffffff");
        s.path("M-1,-34 L1,-34 L1.3,-27.5 L0,-26 L-1.3,-27.5 Z", RED);
        briefcase(s, 10.2, -19);
        head(s, 0, -41, 6);
        s.path("M-6.2,-41 Q-6.8,-48.5 0,-48 Q6.8,-48.5 6.2,-41 Q5,-44.5 -1,-44.5 Q-5,-44 -6.2,-41 Z", "#1f1f1f");
    }

    /** Charcoal jacket and skirt, hair in a bun, briefcase. */
    static void femaleExecutive(SvgMarkup s) {
        String suit = "#3a3f63";
        limb(s, -2.8, -14, -2.8, -2, SKIN, 3);
        limb(s, 2.8, -14, 2.8, -2, SKIN, 3);
        shoes(s, 2.8, "#1f1f1f");
        limb(s, -6.5, -33, -9, -21, suit, 3.2);
        limb(s, 6.5, -33, 9.5, -21, suit, 3.2);
        hand(s, -9.2, -19.8);
        s.path("M-6.5,-23 L6.5,-23 L8,-13 L-8,-13 Z", suit);
        s.path("M-7,-35 L7,-35 L6.5,-22 L-6.5,-22 Z", suit);
        s.path("M-3,-35 L3,-35 L0,-28 Z", "#ffffff");
        briefcase(s, 9.7, -20);
        s.circle(0, -48.5, 3.2, HAIR);
        head(s, 0, -41, 6);
        s.path("M-6.5,-40 Q-7,-48.5 0,-47.5 Q7,-48.5 6.5,-40 Q6,-44.5 0,-44.5 Q-6,-44.5 -6.5,-40 Z", HAIR);
    }

    /** Running pose, headband, orange vest and shorts. */
    static void maleAthlete(SvgMarkup s) {
        athlete(s, "#f28c28", "#1d4e89", false);
    }

    /** Running pose, headband, flying ponytail, pink top. */
    static void femaleAthlete(SvgMarkup s) {
        athlete(s, "#e8488a", "#222222", true);
    }

    private static void athlete(SvgMarkup s, String top, String shorts, boolean female) {
        if (female) {
            s.path("M-5,-45 Q-12,-47 -15,-41 Q-11,-43 -6,-41 Z", HAIR);
        }
        bentLimb(s, "M-1,-17 L-6,-10 L-12,-8", SKIN, 3.4);
        s.ellipse(-13, -8.5, 2.6, 1.6, "#ffffff");
        bentLimb(s, "M2,-17 L7,-10 L6,-2", SKIN, 3.4);
        s.ellipse(7.5, -1.3, 3, 1.6, "#ffffff");
        bentLimb(s, "M-5,-32 L-10,-27 L-7,-22", SKIN, 2.8);
        s.path("M-5,-18 L5,-18 L6,-12 L-6,-12 Z", shorts);
        s.path("M-6,-35 Q0,-37 7,-34 L5,-18 L-5,-18 Z", top);
        bentLimb(s, "M6,-32 L11,-29 L14,-34", SKIN, 2.8);
        head(s, 1.5, -41.5, 6);
        if (female) {
            s.path("M-4.8,-41 Q-5,-48.5 1.5,-48 Q8,-48.5 7.8,-41 Q5,-45 1.5,-44.5 Q-2,-45 -4.8,-41 Z", HAIR);
        } else {
            shortHair(s, 1.5, -41.5, 6, "#2b2b2b");
        }
        s.rect(-4.6, -45.5, 12.2, 2.4, 1, RED);
    }

    /** White coat with a red cross, stethoscope, short hair and trousers. */
    static void maleDoctor(SvgMarkup s) {
        limb(s, -3, -14, -3.5, -2, "#4b5a6e", 4.5);
        limb(s, 3, -14, 3.5, -2, "#4b5a6e", 4.5);
        shoes(s, 3.5, SHOE);
        doctorCoat(s);
        head(s, 0, -41, 6);
        shortHair(s, 0, -41, 6, "#7a4a26");
    }

    /** White coat with a red cross, stethoscope, long hair. */
    static void femaleDoctor(SvgMarkup s) {
        longHairBack(s, 0, -41, 6, "#2e2e2e");
        limb(s, -2.8, -14, -2.8, -2, SKIN, 3);
        limb(s, 2.8, -14, 2.8, -2, SKIN, 3);
        shoes(s, 2.8, "#3a6ea5");
        doctorCoat(s);
        head(s, 0, -41, 6);
        s.path("M-6.3,-41 Q-6.5,-48.5 0,-47.5 Q6.5,-48.5 6.3,-41 Q3,-46 0,-44 Q-3,-46 -6.3,-41 Z", "#2e2e2e");
    }

    private static void doctorCoat(SvgMarkup s) {
        limb(s, -7.5, -32, -9.5, -20, COAT, 3.6);
        limb(s, 7.5, -32, 9.5, -20, COAT, 3.6);
        hand(s, -9.6, -18.8);
        hand(s, 9.6, -18.8);
        s.path("M-8,-35 L8,-35 L9.5,-11 L-9.5,-11 Z", COAT);
        s.path("M-3,-35 L3,-35 L0,-30 Z", "#8fc1e3");
        s.line(0, -30, 0, -11, OUTLINE, 0.6);
        s.stroke("M-3.5,-35 Q-4.5,-27 -1.5,-24 M3.5,-35 Q4.5,-29 2.5,-27", "#444", 1);
        s.circle(-1.5, -23.5, 1.3, "#9aa0a6");
        s.add("<g stroke='none'>");
        s.rect(3.4, -24, 4.2, 1.4, 0, RED);
        s.rect(4.8, -25.4, 1.4, 4.2, 0, RED);
        s.close();
    }
}
