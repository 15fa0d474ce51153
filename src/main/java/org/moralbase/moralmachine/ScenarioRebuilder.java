package org.moralbase.moralmachine;

import java.util.List;
import java.util.Objects;
import org.moralbase.moralmachine.format.ResponseRow;

/**
 * Rebuilds an answered scenario from its two {@code SharedResponses.csv} rows, for importing others' data as
 * stored answers (docs/decisions/0004-imported-responses.md). Every column the AMCEs read is reproduced
 * exactly when the answer is turned back into rows ({@link AnswerRows}); a pair that cannot be is refused.
 * A scenario whose {@code ScenarioType} and {@code ScenarioTypeStrict} differ becomes a Random one: such rows
 * are in no character-attribute subset either way.
 */
final class ScenarioRebuilder {

    private ScenarioRebuilder() {}

    /**
     * One imported answer.
     *
     * @param userId the file's {@code UserID}
     * @param template the file's {@code Template}, or null
     * @param shown the scenario as the participant saw it
     * @param choice the picture chosen (whose characters die): left or right
     */
    record Rebuilt(String userId, String template, ShownScenario shown, String choice) {}

    /**
     * The answer the two rows of one scenario describe.
     *
     * @throws IllegalArgumentException naming what is inconsistent
     */
    static Rebuilt of(ResponseRow first, ResponseRow second) {
        if (first.responseId() == null || !first.responseId().equals(second.responseId())) {
            throw new IllegalArgumentException("the two rows of a scenario must follow each other and share"
                    + " ResponseID (found " + first.responseId() + " then " + second.responseId() + ")");
        }
        if (first.userId() == null || !first.userId().equals(second.userId())) {
            throw new IllegalArgumentException(
                    "both rows of ResponseID " + first.responseId() + " need the same UserID");
        }
        boolean secondIsLeft = Objects.equals(second.leftHand(), 1) && !Objects.equals(first.leftHand(), 1);
        ResponseRow left = secondIsLeft ? second : first;
        ResponseRow right = secondIsLeft ? first : second;
        Scenario scenario = new Scenario(dimension(first), outcome(left), outcome(right));
        if (left.saved() + right.saved() != 1) {
            throw new IllegalArgumentException(
                    "exactly one row of ResponseID " + first.responseId() + " must have Saved = 1");
        }
        for (ResponseRow r : List.of(left, right)) {
            if (r.pedPed() != (scenario.pedPed() ? 1 : 0)) {
                throw new IllegalArgumentException("PedPed does not match Barrier in ResponseID " + r.responseId());
            }
            if (r.diffNumberOfCharacters() != null && r.diffNumberOfCharacters() != scenario.diffNumberOfCharacters()) {
                throw new IllegalArgumentException(
                        "DiffNumberOFCharacters does not match the character counts in ResponseID " + r.responseId());
            }
        }
        boolean description = Objects.equals(first.descriptionShown(), 1);
        String choice = left.saved() == 1 ? ShownScenario.RIGHT : ShownScenario.LEFT;
        return new Rebuilt(first.userId(), first.template(), new ShownScenario(scenario, description), choice);
    }

    private static Dimension dimension(ResponseRow r) {
        if (r.scenarioType() == null || !r.scenarioType().equals(r.scenarioTypeStrict())) {
            return Dimension.RANDOM;
        }
        return Dimension.fromLabel(r.scenarioType())
                .orElseThrow(() -> new IllegalArgumentException("unknown ScenarioType '" + r.scenarioType() + "'"));
    }

    private static Outcome outcome(ResponseRow r) {
        if (r.characters() == null) {
            throw new IllegalArgumentException("the character counts of ResponseID " + r.responseId() + " are missing");
        }
        return new Outcome(
                r.characters().toList(),
                r.barrier() == 1,
                Signal.ofCode(r.crossingSignal()),
                r.intervention() == 1 ? CarAction.SWERVE : CarAction.STAY,
                r.attributeLevel() == null ? "NA" : r.attributeLevel());
    }
}
