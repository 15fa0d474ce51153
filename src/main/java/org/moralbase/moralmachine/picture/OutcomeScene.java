package org.moralbase.moralmachine.picture;

import java.util.Objects;
import org.moralbase.moralmachine.Signal;

/**
 * One outcome of a Moral Machine dilemma, as much as is needed to draw it. The car drives in its own lane
 * towards a zebra crossing that spans two lanes; the maneuver decides which lane it ends in, and the
 * group in that lane dies. When one group is the passengers, a concrete barrier stands in the lane where
 * the other group is not, so the car crashes into it exactly when the passengers die.
 *
 * <p>The two outcomes of one dilemma are {@code scene} and {@code scene.opposite()}; they draw the same
 * road with the groups in the same lanes, so they can be shown side by side. From the two rows of a
 * {@code SharedResponses.csv} scenario: the row with {@code Intervention} = 0 dies if the car stays, so
 * {@code new OutcomeScene(STAY, thatRowsGroup, otherRowsGroup)} draws its outcome; {@code Barrier} = 1
 * makes a row's group the passengers and {@code CrossingSignal} gives its {@link Signal}.
 *
 * @param maneuver what the car does in this outcome
 * @param victims the group that dies
 * @param spared the group that survives
 */
public record OutcomeScene(Maneuver maneuver, Group victims, Group spared) {

    /** Validates that at most one group is the passengers. */
    public OutcomeScene {
        Objects.requireNonNull(maneuver, "maneuver");
        Objects.requireNonNull(victims, "victims");
        Objects.requireNonNull(spared, "spared");
        if (victims.passengers() && spared.passengers()) {
            throw new IllegalArgumentException("at most one group can be the passengers");
        }
    }

    /** The other outcome of the same dilemma: the other maneuver, with the groups' fates swapped. */
    public OutcomeScene opposite() {
        return new OutcomeScene(maneuver.opposite(), spared, victims);
    }

    /** True if both groups are pedestrians ({@code PedPed} = 1); the lanes are then split by an island. */
    public boolean pedPed() {
        return !victims.passengers() && !spared.passengers();
    }

    /** True if the passengers die in this outcome (the car hits the barrier). */
    public boolean passengersDie() {
        return victims.passengers();
    }

    /** True if a barrier is drawn at all: exactly when one group is the passengers. */
    public boolean hasBarrier() {
        return !pedPed();
    }

    /**
     * True if the barrier stands ahead in the car's own lane: the passengers die by staying, or survive by
     * swerving away from it. Meaningless when {@link #hasBarrier()} is false.
     */
    public boolean barrierInCarLane() {
        return passengersDie() == (maneuver == Maneuver.STAY);
    }
}
