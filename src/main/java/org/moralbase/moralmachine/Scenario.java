package org.moralbase.moralmachine;

import java.util.Objects;

/**
 * A Moral Machine dilemma: two outcomes, one drawn on the left ({@code LeftHand = 1}, "Case 1" in the LLM
 * prompt) and one on the right. Exactly one outcome dies if the car stays (the no-intervention outcome) and
 * the other if it swerves; at most one outcome is the car's passengers.
 *
 * @param dimension the scenario type ({@code ScenarioType} and {@code ScenarioTypeStrict})
 * @param left the outcome drawn on the left (Case 1)
 * @param right the outcome drawn on the right (Case 2)
 */
public record Scenario(Dimension dimension, Outcome left, Outcome right) {

    /** Checks that the outcomes are complementary. */
    public Scenario {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.diesIf() == right.diesIf()) {
            throw new IllegalArgumentException("one outcome must die if the car stays and the other if it swerves");
        }
        if (left.passengers() && right.passengers()) {
            throw new IllegalArgumentException("at most one outcome can be the passengers");
        }
    }

    /** The {@code PedPed} column: true if both outcomes are pedestrians. */
    public boolean pedPed() {
        return !left.passengers() && !right.passengers();
    }

    /** The outcome on this side. */
    public Outcome outcome(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** The outcome of prompt case 1 (left) or 2 (right). */
    public Outcome outcomeOfCase(int caseNumber) {
        return outcome(Side.ofCase(caseNumber));
    }

    /** The outcome whose characters die if the car takes this action. */
    public Outcome diesIf(CarAction action) {
        return left.diesIf() == action ? left : right;
    }

    /** The no-intervention outcome: the characters who die if the car stays in its lane. */
    public Outcome stayOutcome() {
        return diesIf(CarAction.STAY);
    }

    /** The side of the no-intervention ("stay") outcome. */
    public Side staySide() {
        return left.diesIf() == CarAction.STAY ? Side.LEFT : Side.RIGHT;
    }

    /** {@code DiffNumberOFCharacters}: the absolute difference of the two group sizes. */
    public int diffNumberOfCharacters() {
        return Math.abs(left.size() - right.size());
    }

    /** The same scenario with left and right exchanged. */
    public Scenario swapped() {
        return new Scenario(dimension, right, left);
    }
}
