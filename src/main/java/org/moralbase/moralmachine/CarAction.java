package org.moralbase.moralmachine;

/** What the car does after its brakes fail: stay in its lane (no intervention) or swerve. */
public enum CarAction {
    /** Continue ahead (omission). */
    STAY,
    /** Swerve into the other lane or barrier (intervention). */
    SWERVE;

    /** The other action. */
    public CarAction other() {
        return this == STAY ? SWERVE : STAY;
    }
}
