package org.moralbase.moralmachine.picture;

/** What the car does in an outcome: keep its lane or swerve into the other lane. */
public enum Maneuver {
    /** The car continues ahead in its own lane (no intervention). */
    STAY,
    /** The car swerves into the other lane (intervention). */
    SWERVE;

    /** The other maneuver of the same dilemma. */
    public Maneuver opposite() {
        return this == STAY ? SWERVE : STAY;
    }
}
