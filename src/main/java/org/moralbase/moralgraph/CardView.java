package org.moralbase.moralgraph;

import java.util.List;

/** A value card as pages show it: its row id, title, description and attention policies. */
public record CardView(long id, String title, String description, List<String> policies) {

    /** The card as a model's prompt describes it: title — description, then what one pays attention to. */
    public String described() {
        StringBuilder s = new StringBuilder(title);
        if (description != null) {
            s.append(" — ").append(description);
        }
        if (!policies.isEmpty()) {
            s.append("\nWhat one pays attention to: ").append(String.join("; ", policies));
        }
        return s.toString();
    }
}
