package org.moralbase.moralgraph;

import java.util.ArrayList;
import java.util.List;

/**
 * A value card as a participant writes it (Klingefjord, Lowe & Edelman 2024, "What are human values, and how do we
 * align AI to them?": a title, a one-paragraph description, and the things one pays attention to when choosing).
 *
 * @param title a few words naming the value
 * @param description one paragraph: what living by the value looks like
 * @param policies 3 to 7 attention policies, one line each
 */
public record CardDraft(String title, String description, List<String> policies) {

    /** The longest title. */
    public static final int TITLE_LENGTH = 100;
    /** The longest description (one paragraph). */
    public static final int DESCRIPTION_LENGTH = 1200;
    /** The longest attention policy. */
    public static final int POLICY_LENGTH = 300;
    /** The fewest attention policies. */
    public static final int MIN_POLICIES = 3;
    /** The most attention policies. */
    public static final int MAX_POLICIES = 7;

    /** Strips the texts and drops blank policies (empty lines the participant left). */
    public CardDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        List<String> kept = new ArrayList<>();
        for (String p : policies == null ? List.<String>of() : policies) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        policies = List.copyOf(kept);
    }

    /** The card's fields, as the checks name them. */
    public enum Field {
        TITLE("Title"),
        DESCRIPTION("Description"),
        POLICIES("Things I pay attention to");

        private final String label;

        Field(String label) {
            this.label = label;
        }
    }

    /**
     * One thing wrong with a card.
     *
     * @param key the participant's message in the kind's resource bundle ({@code vc.card.problem.…}), whose English
     *     is {@code english}
     * @param args the message's numbers ({@code {0}}, {@code {1}} in the bundle)
     */
    public record Problem(Field field, String key, List<Integer> args, String english) {}

    /** What is wrong with the card, one problem per field at most; empty when the card can be stored. */
    public List<Problem> checks() {
        List<Problem> out = new ArrayList<>();
        if (title.isEmpty()) {
            out.add(new Problem(
                    Field.TITLE, "vc.card.problem.title.empty", List.of(), "give your value a short title"));
        } else if (title.length() > TITLE_LENGTH) {
            out.add(new Problem(
                    Field.TITLE,
                    "vc.card.problem.long",
                    List.of(TITLE_LENGTH),
                    "at most " + TITLE_LENGTH + " characters"));
        }
        if (description.isEmpty()) {
            out.add(new Problem(
                    Field.DESCRIPTION,
                    "vc.card.problem.description.empty",
                    List.of(),
                    "describe the value in one paragraph"));
        } else if (description.length() > DESCRIPTION_LENGTH) {
            out.add(new Problem(
                    Field.DESCRIPTION,
                    "vc.card.problem.long",
                    List.of(DESCRIPTION_LENGTH),
                    "at most " + DESCRIPTION_LENGTH + " characters"));
        } else if (description.contains("\n\n")) {
            out.add(new Problem(
                    Field.DESCRIPTION,
                    "vc.card.problem.description.paragraphs",
                    List.of(),
                    "one paragraph, without blank lines"));
        }
        if (policies.size() < MIN_POLICIES || policies.size() > MAX_POLICIES) {
            out.add(new Problem(
                    Field.POLICIES,
                    "vc.card.problem.policies.count",
                    List.of(MIN_POLICIES, MAX_POLICIES, policies.size()),
                    MIN_POLICIES + " to " + MAX_POLICIES + " lines, " + policies.size() + " given"));
        } else if (policies.stream().anyMatch(p -> p.length() > POLICY_LENGTH)) {
            out.add(new Problem(
                    Field.POLICIES,
                    "vc.card.problem.policies.long",
                    List.of(POLICY_LENGTH),
                    "each line at most " + POLICY_LENGTH + " characters"));
        }
        return out;
    }

    /**
     * What is wrong with the card in English, one message per problem, each starting with the field's name (Title,
     * Description, Things I pay attention to); empty when the card can be stored.
     */
    public List<String> problems() {
        return checks().stream().map(p -> p.field().label + ": " + p.english()).toList();
    }

    /** The attention policies from the form's lines. */
    public static List<String> policiesFromLines(String lines) {
        return lines == null ? List.of() : List.of(lines.split("\\R"));
    }
}
