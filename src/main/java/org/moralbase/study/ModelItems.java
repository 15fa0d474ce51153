package org.moralbase.study;

import java.util.List;
import java.util.Map;

/**
 * How models are asked a kind's items (decision 0010, 0012): the kind words each item as a two-option prompt and
 * reads the answers; model runs do the asking, sampling, option orders and storing. Called without a signed-in
 * user (runs resume at start-up), so implementations do no access checks.
 */
public interface ModelItems {

    /** The run settings of this kind beyond samples, concurrency and option order (e.g. how many scenarios). */
    default List<RunSetting> settings() {
        return List.of();
    }

    /**
     * The settings a run keeps, from the checked ones ({@link RunSetting#check}): a kind adds what it reads from the
     * study at the start and must not change for a resumed run (e.g. which characters appear).
     */
    default Map<String, String> settingsAtStart(long studyId, Map<String, String> checked) {
        return checked;
    }

    /**
     * As {@link #settingsAtStart(long, Map)} for a run of one registry model (a kind whose items depend on that model's
     * earlier answers, e.g. an active-learning round, reads them here).
     */
    default Map<String, String> settingsAtStart(long studyId, long modelId, Map<String, String> checked) {
        return settingsAtStart(studyId, checked);
    }

    /**
     * The settings of a run that follows a finished one of the same model on the same study, started on its own with
     * the same creator, samples, order and concurrency (e.g. the next active-learning round); empty when none
     * follows (the default). Called after the finished run is stored, without an account.
     */
    default java.util.Optional<Map<String, String>> nextRun(long studyId, long modelId, Map<String, String> settings) {
        return java.util.Optional.empty();
    }

    /** Whether the items can be asked with their options swapped (then a run may ask both orders). */
    boolean swappable();

    /**
     * The items a run asks, in a stable order: a function of the study's items, the run's settings (checked by
     * {@link RunSetting#check}) and seed only, so a resumed run rebuilds the same list.
     */
    List<AskableItem> items(long studyId, Map<String, String> settings, long seed);

    /** How many items a run with these (checked) settings asks. */
    default int itemCount(long studyId, Map<String, String> settings) {
        return items(studyId, settings, 0).size();
    }

    /** Reads an answer: 1 or 2 for the option shown first or second, 0 when it names neither or both. */
    int chosenPosition(String raw);

    /**
     * Reads an answer to this item (a kind whose items differ in how they are read, e.g. scales of different lengths,
     * reads {@link AskableItem#shown}); by default as {@link #chosenPosition(String)}.
     */
    default int chosenPosition(AskableItem item, String raw) {
        return chosenPosition(raw);
    }

    /**
     * How many positions an answer can choose: 2 for two options (first or second shown); more for a kind whose
     * answers are scale points, stored as the point chosen (1..k) and shown as "point k" (decision 0029).
     */
    default int points() {
        return 2;
    }

    /** The words a model answers with, for the start-run dialog, e.g. "'Case 1' or 'Case 2'". */
    String answerWords();
}
