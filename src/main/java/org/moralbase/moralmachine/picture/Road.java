package org.moralbase.moralmachine.picture;

import org.moralbase.moralmachine.Signal;

/**
 * The fixed scenery of an outcome picture: sidewalks, a two-lane road seen from above, the zebra crossing,
 * the island of pedestrian-versus-pedestrian dilemmas, the barrier and the pedestrian lights.
 */
final class Road {

    static final double WIDTH = 500;
    static final double HEIGHT = 312;
    static final double ROAD_TOP = 40;
    static final double LANE_HEIGHT = 116;
    static final double CROSSING_X = 288;
    static final double CROSSING_W = 206;
    static final double CROSSING_CENTER = CROSSING_X + CROSSING_W / 2;
    static final double BARRIER_X = CROSSING_CENTER - 16;

    private Road() {}

    /** Top y of a lane: the top lane is the other lane, the bottom lane is the car's own. */
    static double laneTop(boolean carLane) {
        return carLane ? ROAD_TOP + LANE_HEIGHT : ROAD_TOP;
    }

    /** The class naming a lane, so tests and styles can tell the car's own lane from the other. */
    static String laneClass(boolean carLane) {
        return carLane ? "mb-lane-car" : "mb-lane-other";
    }

    /** Sidewalks, asphalt, lane marking or island, and the zebra stripes. */
    static void draw(SvgMarkup s, boolean island) {
        double roadBottom = ROAD_TOP + 2 * LANE_HEIGHT;
        double middle = ROAD_TOP + LANE_HEIGHT;
        s.add("<g class='mb-road' stroke='none'>");
        s.rect(0, 0, WIDTH, HEIGHT, 0, "#cfd6cf");
        s.rect(0, ROAD_TOP - 6, WIDTH, 6, 0, "#9ea59e");
        s.rect(0, roadBottom, WIDTH, 6, 0, "#9ea59e");
        s.rect(0, ROAD_TOP, WIDTH, 2 * LANE_HEIGHT, 0, "#5d636a");
        s.add(
                "<line x1='0' y1='%s' x2='%s' y2='%s' stroke='#f5f5f5' stroke-width='3' stroke-dasharray='22 16'/>",
                middle, CROSSING_X - 8, middle);
        s.add("<g class='mb-crossing' fill='#f4f4f4'>");
        for (double y = ROAD_TOP + 6; y < roadBottom - 4; y += 20) {
            s.rect(CROSSING_X, y, CROSSING_W, 10, 1, "#f4f4f4");
        }
        s.close();
        if (island) {
            s.add("<g class='mb-island'>");
            s.rect(CROSSING_X - 12, middle - 7, CROSSING_W + 24, 14, 7, "#b9bfb4");
            s.rect(CROSSING_X - 8, middle - 3.5, CROSSING_W + 16, 7, 3.5, "#6fae5b");
            s.close();
        }
        s.close();
    }

    /** A concrete barrier across a lane, with yellow and black warning bands. */
    static void barrier(SvgMarkup s, boolean carLane) {
        double top = laneTop(carLane) + 10;
        double h = LANE_HEIGHT - 20;
        double x = BARRIER_X;
        s.add(
                "<g class='mb-barrier %s' stroke='%s' stroke-width='1.2' stroke-linejoin='round'>",
                laneClass(carLane), Parts.OUTLINE);
        s.add("<path d='M%s,%s l10,-8 l22,0 l0,%s l-10,8 Z' fill='#c9cbce'/>", x, top + 8, h);
        s.rect(x, top + 8, 22, h, 0, "#a4a7ab");
        s.add("<g stroke='none'>");
        for (double y = top + 12; y < top + h; y += 16) {
            s.rect(x + 1, y, 20, 8, 0, "#f2c12e");
            s.rect(x + 1, y + 8, 20, 8, 0, "#222");
        }
        s.close();
        s.rect(x, top + 8, 22, h, 0, "none");
        s.close();
    }

    /** A pedestrian light beside a lane: red lamp on top, green below, only the given one lit. */
    static void light(SvgMarkup s, boolean carLane, Signal signal) {
        boolean red = signal == Signal.RED;
        double x = CROSSING_X - 26;
        double top = carLane ? ROAD_TOP + 2 * LANE_HEIGHT + 4 : 3;
        s.add(
                "<g class='mb-light mb-light-%s %s' stroke='%s' stroke-width='1.2'>",
                red ? "red" : "green", laneClass(carLane), Parts.OUTLINE);
        if (!carLane) {
            s.rect(x + 7, top + 32, 4, 5, 1, "#555");
        }
        s.rect(x, top, 18, 34, 4, "#2d2d2d");
        s.circle(x + 9, top + 9, 5.8, red ? "#ff3b30" : "#4a1d1b");
        s.circle(x + 9, top + 25, 5.8, red ? "#1b3a22" : "#34d058");
        if (red) {
            // a bar on the lit red lamp, so the colour is not the only cue
            s.rect(x + 5, top + 7.9, 8, 2.2, 1, "#ffffff");
        } else {
            s.circle(x + 9, top + 25, 2, "#ffffff");
        }
        s.close();
    }
}
