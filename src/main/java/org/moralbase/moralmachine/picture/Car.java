package org.moralbase.moralmachine.picture;

import java.util.List;
import org.moralbase.moralmachine.CharacterType;

/** The self-driving car, seen from the side through a glass canopy, with its passengers inside. */
final class Car {

    static final double NOSE_X = 190;
    static final double FLOOR_Y = 244;
    static final double PASSENGER_SCALE = 1.0;
    private static final double CENTER_X = 96;
    private static final double SEAT_SPACING = 30;

    private static final String CANOPY = "M14,244 L14,196 Q16,170 46,168 L138,168 Q176,170 188,214 L190,244 Z";

    private Car() {}

    /** Centre x of passenger seat i of n. */
    static double seatX(int i, int n) {
        return CENTER_X + (i - (n - 1) / 2.0) * SEAT_SPACING;
    }

    /** Draws the car; passengers (possibly none) sit inside, tagged with the given classes. */
    static void draw(SvgMarkup s, List<CharacterType> passengers, String classes) {
        s.add("<g class='mb-car' stroke='%s' stroke-width='1.4' stroke-linejoin='round'>", Parts.OUTLINE);
        s.add("<path d='%s' fill='#d8ecf7'/>", CANOPY);
        for (int i = 0; i < passengers.size(); i++) {
            Figures.draw(s, passengers.get(i), seatX(i, passengers.size()), FLOOR_Y, PASSENGER_SCALE, classes);
        }
        // a faint pane over the passengers reads as glass without hiding them
        s.add("<path d='%s' fill='#bfe3f5' fill-opacity='0.12'/>", CANOPY);
        s.rect(6, FLOOR_Y, NOSE_X - 2, 16, 8, "#2f6db5");
        s.rect(NOSE_X - 12, FLOOR_Y + 4, 9, 6, 3, "#ffe27a");
        s.rect(8, FLOOR_Y + 4, 7, 6, 3, "#e5484d");
        wheel(s, 44);
        wheel(s, 156);
        s.close();
    }

    private static void wheel(SvgMarkup s, double cx) {
        s.circle(cx, FLOOR_Y + 14, 11, "#2a2a2a");
        s.circle(cx, FLOOR_Y + 14, 4.5, "#b8bec4");
    }
}
