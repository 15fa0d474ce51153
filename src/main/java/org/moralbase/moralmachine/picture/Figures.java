package org.moralbase.moralmachine.picture;

import java.util.Locale;
import org.moralbase.moralmachine.CharacterType;

/** Draws any character type as one {@code <g class="mb-char mb-char-…">} element. */
final class Figures {

    /** Units between the feet of neighbours in a row; wide enough for the large man and the dog. */
    static final double SPACING = 34;

    private Figures() {}

    /** The stable CSS class naming a type, e.g. {@code mb-char-old-woman}. */
    static String cssClass(CharacterType type) {
        return "mb-char-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Height of a figure in its own units (feet to top of head), to place a marker above it. */
    static double height(CharacterType type) {
        return switch (type) {
            case BOY, GIRL, STROLLER -> 36;
            case DOG, CAT -> 30;
            case OLD_MAN, OLD_WOMAN -> 45;
            default -> 49;
        };
    }

    /** Draws a figure with its feet at (x, y), scaled by s, tagged with extra classes (may be empty). */
    static void draw(SvgMarkup svg, CharacterType type, double x, double y, double s, String extraClasses) {
        String classes = "mb-char " + cssClass(type) + (extraClasses.isEmpty() ? "" : " " + extraClasses);
        svg.open(classes, x, y, s);
        Parts.outlined(svg);
        shapes(svg, type);
        svg.close();
        svg.close();
    }

    private static void shapes(SvgMarkup s, CharacterType type) {
        switch (type) {
            case MAN -> AdultFigures.man(s);
            case WOMAN -> AdultFigures.woman(s);
            case PREGNANT -> AdultFigures.pregnant(s);
            case STROLLER -> SmallFigures.stroller(s);
            case OLD_MAN -> AdultFigures.oldMan(s);
            case OLD_WOMAN -> AdultFigures.oldWoman(s);
            case BOY -> SmallFigures.boy(s);
            case GIRL -> SmallFigures.girl(s);
            case HOMELESS -> RoleFigures.homeless(s);
            case LARGE_WOMAN -> AdultFigures.largeWoman(s);
            case LARGE_MAN -> AdultFigures.largeMan(s);
            case CRIMINAL -> RoleFigures.criminal(s);
            case MALE_EXECUTIVE -> RoleFigures.maleExecutive(s);
            case FEMALE_EXECUTIVE -> RoleFigures.femaleExecutive(s);
            case FEMALE_ATHLETE -> RoleFigures.femaleAthlete(s);
            case MALE_ATHLETE -> RoleFigures.maleAthlete(s);
            case FEMALE_DOCTOR -> RoleFigures.femaleDoctor(s);
            case MALE_DOCTOR -> RoleFigures.maleDoctor(s);
            case DOG -> SmallFigures.dog(s);
            case CAT -> SmallFigures.cat(s);
        }
    }
}
