package org.moralbase.moralmachine.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.moralmachine.CarAction;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.Outcome;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.Side;

/** The translated text description of one picture: what the car does, who dies, who is spared. */
final class ScenarioText {

    private ScenarioText() {}

    /** The description of the picture on {@code side} (its characters die). */
    static String describe(Text t, Scenario scenario, Side side) {
        Outcome victims = scenario.outcome(side);
        Outcome spared = scenario.outcome(side.other());
        String action = t.get(victims.diesIf() == CarAction.STAY ? "scenario.stay" : "scenario.swerve");
        return action + " " + t.get("scenario.kills", group(t, victims)) + " "
                + t.get("scenario.spares", group(t, spared));
    }

    /** "2 men and 1 girl (crossing on the red signal)", in the participant's language. */
    static String group(Text t, Outcome outcome) {
        String list = list(t, outcome.characters());
        String key = outcome.passengers()
                ? "scenario.passengers"
                : switch (outcome.signal()) {
                    case RED -> "scenario.red";
                    case GREEN -> "scenario.green";
                    case NONE -> "scenario.crossing";
                };
        return t.get(key, list);
    }

    /** A character's caption, e.g. for the gallery. */
    static String caption(Text t, CharacterType type) {
        String key = "char." + type.name() + ".name";
        String name = t.get(key);
        return name.equals(key) ? t.get("char." + type.name() + ".one") : name;
    }

    private static String list(Text t, List<CharacterType> characters) {
        Map<CharacterType, Integer> counts = new LinkedHashMap<>();
        characters.forEach(c -> counts.merge(c, 1, Integer::sum));
        List<String> items = new ArrayList<>();
        counts.forEach((type, n) ->
                items.add(t.get("group.item", n, t.get("char." + type.name() + (n == 1 ? ".one" : ".other")))));
        if (items.size() == 1) {
            return items.getFirst();
        }
        String head = String.join(t.get("group.comma"), items.subList(0, items.size() - 1));
        return head + t.get("group.and") + items.getLast();
    }
}
