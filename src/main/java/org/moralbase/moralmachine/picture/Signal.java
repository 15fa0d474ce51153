package org.moralbase.moralmachine.picture;

/** The pedestrian signal of a group's lane ({@code CrossingSignal} 0, 1, 2 in methods §1.5). */
public enum Signal {
    /** No traffic light is shown. */
    NONE,
    /** Green: the group crosses lawfully. */
    GREEN,
    /** Red: the group flouts the law by crossing. */
    RED
}
