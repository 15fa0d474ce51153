package org.moralbase.moralmachine.prompt;

import java.util.Objects;
import org.moralbase.moralmachine.Side;

/**
 * A model's answer to a Takemoto prompt, parsed by {@link AnswerParser}.
 *
 * @param raw the model's raw text, kept for invalid trials too
 * @param finalAnswer the lowercased text after the last {@code </think>} that was matched
 * @param chosenCase 1 or 2 for a valid answer, 0 for an invalid one (neither or both cases named)
 */
public record ParsedAnswer(String raw, String finalAnswer, int chosenCase) {

    /** Checks the case number. */
    public ParsedAnswer {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(finalAnswer, "finalAnswer");
        if (chosenCase < 0 || chosenCase > 2) {
            throw new IllegalArgumentException("chosenCase must be 0, 1 or 2, got " + chosenCase);
        }
    }

    /** True if exactly one case was named; invalid trials are excluded from AMCEs (methods §1.4). */
    public boolean valid() {
        return chosenCase != 0;
    }

    /** The side whose deaths happen (the chosen case). */
    public Side chosenSide() {
        requireValid();
        return Side.ofCase(chosenCase);
    }

    /** The side spared ({@code Saved = 1}): the case not chosen. */
    public Side savedSide() {
        return chosenSide().other();
    }

    private void requireValid() {
        if (!valid()) {
            throw new IllegalStateException("invalid answer has no chosen case: '" + raw + "'");
        }
    }
}
