package org.moralbase.moralmachine.picture;

import org.moralbase.moralmachine.CarAction;
import org.moralbase.moralmachine.Outcome;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.Side;

/** Draws a generated {@link Scenario}: the picture on one side shows the car killing that side's characters. */
public final class ScenarioScenes {

    private ScenarioScenes() {}

    /** The outcome picture for one side of a scenario: that side's characters die. */
    public static OutcomeScene forSide(Scenario scenario, Side side) {
        Outcome victims = scenario.outcome(side);
        Maneuver maneuver = victims.diesIf() == CarAction.STAY ? Maneuver.STAY : Maneuver.SWERVE;
        return new OutcomeScene(maneuver, group(victims), group(scenario.outcome(side.other())));
    }

    private static Group group(Outcome o) {
        return new Group(o.characters(), o.passengers(), o.signal());
    }
}
