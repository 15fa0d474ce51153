package org.moralbase.moralmachine;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a participant was shown for one Moral Machine answer, stored as the response's {@code shown} JSON.
 * The scenario itself is stored (not only the seed), so exports never depend on the generator's version.
 * The stored choice is {@link #LEFT} or {@link #RIGHT}: the picture chosen, whose characters die.
 *
 * @param descriptionShown whether the participant opened the text description ({@code DescriptionShown})
 */
public record ShownScenario(Scenario scenario, boolean descriptionShown) {

    /** The choice value for the left picture. */
    public static final String LEFT = "left";

    /** The choice value for the right picture. */
    public static final String RIGHT = "right";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** As stored. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** From a stored response. */
    public static ShownScenario fromJson(String json) {
        return JSON.readValue(json, ShownScenario.class);
    }

    /** The side whose characters are spared when the participant chose {@code choice} (left or right). */
    public static Side savedSide(String choice) {
        return switch (choice) {
            case LEFT -> Side.RIGHT;
            case RIGHT -> Side.LEFT;
            default -> throw new IllegalArgumentException("choice must be left or right, got " + choice);
        };
    }
}
