package org.moralbase.moralmachine.format;

import java.util.List;
import java.util.Objects;
import org.moralbase.moralmachine.Dimension;
import org.moralbase.moralmachine.Outcome;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.Side;

/**
 * Turns an answered scenario into its two {@code SharedResponses.csv} rows (left outcome first).
 *
 * <p>{@code ScenarioType} and {@code ScenarioTypeStrict} are both the dimension's label. {@code DefaultChoice}
 * and {@code NonDefaultChoice} follow Awad's data (e.g. {@code Male}/{@code Female}, {@code Fit}/{@code Fat});
 * {@code DefaultChoiceIsOmission} is 1 if sparing the default-choice group needs no intervention, i.e. the
 * default-choice group dies only if the car swerves (an interpretation: Awad's release does not define it).
 * All three are {@code NA} for Random scenarios, as in the data.
 */
public final class ResponseRows {
    private ResponseRows() {}

    /** The two rows of {@code scenario} answered by sparing the outcome on side {@code saved}. */
    public static List<ResponseRow> of(Scenario scenario, Side saved, ResponseContext context) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(context, "context");
        return List.of(row(scenario, Side.LEFT, saved, context), row(scenario, Side.RIGHT, saved, context));
    }

    private static ResponseRow row(Scenario s, Side side, Side saved, ResponseContext ctx) {
        Outcome o = s.outcome(side);
        Dimension d = s.dimension();
        return new ResponseRow(
                ctx.responseId(),
                ctx.extendedSessionId(),
                ctx.userId(),
                ctx.scenarioOrder(),
                o.intervention(),
                s.pedPed() ? 1 : 0,
                o.barrier(),
                o.signal().code(),
                o.attributeLevel(),
                d.label(),
                d.label(),
                d.defaultChoice(),
                d.nonDefaultChoice(),
                defaultChoiceIsOmission(s),
                o.size(),
                s.diffNumberOfCharacters(),
                side == saved ? 1 : 0,
                ctx.template(),
                ctx.descriptionShown(),
                side == Side.LEFT ? 1 : 0,
                ctx.userCountry3(),
                o.counts());
    }

    private static Integer defaultChoiceIsOmission(Scenario s) {
        String def = s.dimension().defaultChoice();
        if (def == null) {
            return null;
        }
        Outcome o = def.equals(s.left().attributeLevel()) ? s.left() : s.right();
        return o.intervention();
    }
}
