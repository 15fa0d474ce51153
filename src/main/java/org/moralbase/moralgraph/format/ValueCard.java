package org.moralbase.moralgraph.format;

import java.util.List;
import java.util.Objects;

/**
 * A value card as MGE's graph files carry it ({@code values[]}: {@code id}, {@code title}, {@code description},
 * {@code policies} — the things a person attends to when living by the value).
 *
 * @param id the value's id (MGE: an integer)
 * @param title its title, never blank
 * @param description its description, or null when the file has none
 * @param policies its attention policies, possibly empty
 */
public record ValueCard(long id, String title, String description, List<String> policies) {

    /** Checks the title is present; copies the policies. */
    public ValueCard {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("value " + id + " has no title");
        }
        policies = List.copyOf(Objects.requireNonNull(policies, "policies must not be null"));
    }
}
