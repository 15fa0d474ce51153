package org.moralbase.dvb;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example pairs of a stored DVB item, as kept in its {@code examples} column: the answered training pairs
 * and the unanswered test pair, each in the order the file (or the builder) gave.
 *
 * @param training the training pairs; {@code chosen} is "A" or "B"
 * @param test the test pair; {@code chosen} is null
 */
public record StoredExamples(List<Pair> training, Pair test) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Freezes the list. */
    public StoredExamples {
        training = List.copyOf(training);
    }

    /**
     * One pair of options.
     *
     * @param a text of option A
     * @param b text of option B
     * @param chosen "A" or "B" for training pairs, null for the test pair
     */
    public record Pair(String a, String b, String chosen) {

        /** The same pair with A and B swapped (the choice follows its option). */
        public Pair swapped() {
            return new Pair(b, a, chosen == null ? null : "A".equals(chosen) ? "B" : "A");
        }

        /** The pair as shown: swapped or not. */
        public Pair shown(boolean swap) {
            return swap ? swapped() : this;
        }
    }

    /** From an imported examples record. */
    static StoredExamples of(DvbExamples examples) {
        return new StoredExamples(
                examples.training().stream()
                        .map(e -> new Pair(e.optionA(), e.optionB(), e.chosen().name()))
                        .toList(),
                new Pair(examples.test().optionA(), examples.test().optionB(), null));
    }

    /** From a built trial. */
    static StoredExamples of(DvbTrial trial) {
        return new StoredExamples(
                trial.training().stream()
                        .map(c -> new Pair(
                                c.optionA().text(),
                                c.optionB().text(),
                                c.chosen().name()))
                        .toList(),
                new Pair(trial.test().optionA().text(), trial.test().optionB().text(), null));
    }

    /** Reads the column; null stays null. */
    public static StoredExamples fromJson(String json) {
        return json == null ? null : JSON.readValue(json, StoredExamples.class);
    }

    /** The column's JSON. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }
}
