package org.moralbase.moralmachine.picture;

import java.util.List;
import java.util.Objects;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.Signal;

/**
 * Draws one outcome of a Moral Machine dilemma as an SVG: the car at the left in the lower lane (its own),
 * the zebra crossing ahead, its path (straight on or swerving into the upper lane), the pedestrians on the
 * crossing, the barrier and lights when they apply, and a skull over everyone who dies. Draw a dilemma's
 * two outcomes with {@code scene} and {@code scene.opposite()} side by side.
 *
 * <p>Element classes, for styling and tests: {@code mb-char mb-char-<type>} on every figure, plus
 * {@code mb-victim} or {@code mb-spared} and {@code mb-pedestrian} or {@code mb-passenger};
 * {@code mb-death} on each skull; {@code mb-group} around each group of pedestrians; {@code mb-barrier};
 * {@code mb-light mb-light-red|green}; {@code mb-lane-car} or {@code mb-lane-other} on groups, barrier
 * and lights; {@code mb-car}; {@code mb-path mb-path-stay|swerve}; {@code mb-island}.
 */
public final class OutcomePicture {

    private static final double PEDESTRIAN_SCALE = 1.25;
    private static final double PEDESTRIAN_SPACING = 40;
    private static final double FEET_BELOW_LANE_TOP = 96;

    private OutcomePicture() {}

    /**
     * Renders one outcome.
     *
     * @param scene the outcome to draw
     * @param ariaLabel the accessible name (e.g. the translated description of the outcome); escaped
     * @return self-contained SVG markup, 500 × 312 user units, that scales to its container's width
     */
    public static String render(OutcomeScene scene, String ariaLabel) {
        Objects.requireNonNull(scene, "scene");
        boolean swerve = scene.maneuver() == Maneuver.SWERVE;
        SvgMarkup s = SvgMarkup.root(Road.WIDTH, Road.HEIGHT, ariaLabel);
        Road.draw(s, scene.pedPed());
        // the victims stand in the lane the car ends in; the spared group in the other lane
        boolean victimsInCarLane = !swerve;
        if (scene.hasBarrier()) {
            Road.barrier(s, scene.barrierInCarLane());
        }
        lights(s, scene.victims(), victimsInCarLane);
        lights(s, scene.spared(), !victimsInCarLane);
        double pathY = Road.laneTop(!swerve) + Road.LANE_HEIGHT / 2;
        // into the barrier the path runs on to it, so the crash is plain; otherwise it stops at the crossing
        double pathEnd = scene.passengersDie() ? Road.BARRIER_X - 20 : Road.CROSSING_X - 22;
        Markers.path(s, Car.NOSE_X + 6, Road.laneTop(true) + 58, pathEnd, pathY, swerve);
        Group passengers = scene.victims().passengers() ? scene.victims() : scene.spared();
        boolean hasPassengers = scene.hasBarrier();
        Car.draw(
                s,
                hasPassengers ? passengers.characters() : List.of(),
                "mb-passenger " + (scene.passengersDie() ? "mb-victim" : "mb-spared"));
        if (scene.passengersDie()) {
            List<CharacterType> inCar = passengers.characters();
            for (int i = 0; i < inCar.size(); i++) {
                double top = Car.FLOOR_Y - Figures.height(inCar.get(i)) * Car.PASSENGER_SCALE;
                Markers.skull(s, Car.seatX(i, inCar.size()), top - 8);
            }
        }
        pedestrians(s, scene.victims(), victimsInCarLane, true);
        pedestrians(s, scene.spared(), !victimsInCarLane, false);
        return s.end();
    }

    private static void lights(SvgMarkup s, Group group, boolean carLane) {
        if (!group.passengers() && group.signal() != Signal.NONE) {
            Road.light(s, carLane, group.signal());
        }
    }

    private static void pedestrians(SvgMarkup s, Group group, boolean carLane, boolean die) {
        if (group.passengers()) {
            return;
        }
        List<CharacterType> chars = group.characters();
        double feet = Road.laneTop(carLane) + FEET_BELOW_LANE_TOP;
        String classes = "mb-pedestrian " + (die ? "mb-victim" : "mb-spared");
        s.add("<g class='mb-group %s'>", Road.laneClass(carLane));
        for (int i = 0; i < chars.size(); i++) {
            double x = Road.CROSSING_CENTER + (i - (chars.size() - 1) / 2.0) * PEDESTRIAN_SPACING;
            CharacterType type = chars.get(i);
            // pets face right and their bodies sit left of their origin; nudge them to look centred
            double dx = type.isPet() ? -4 : 0;
            s.add(
                    "<ellipse cx='%s' cy='%s' rx='15' ry='4' fill='%s' fill-opacity='%s'/>",
                    x, feet, die ? "#d7263d" : "#000000", die ? 0.55 : 0.18);
            Figures.draw(s, type, x + dx, feet, PEDESTRIAN_SCALE, classes);
            if (die) {
                Markers.skull(s, x, feet - Figures.height(type) * PEDESTRIAN_SCALE - 12);
            }
        }
        s.close();
    }
}
