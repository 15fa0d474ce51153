package org.moralbase.models;

import java.util.Map;

/**
 * What a researcher starts: a study's items sent to a registry model, as the study's kind words them (a Moral
 * Machine study's generated scenarios; a choice-pair or DVB study's own items).
 *
 * @param modelId the registry model
 * @param studyId the study, of a kind whose items models can be asked
 * @param samples S samples per item and order, 1–100
 * @param concurrency prompts in flight, 1–256 (mind the provider's rate limit)
 * @param seed the run's seed, or {@code null} for a fresh one
 * @param bothOrders ask every item that can be swapped in both option orders (else one order drawn per prompt)
 * @param settings the kind's own run settings by key (e.g. Moral Machine's {@code scenarios}); missing ones take
 *     their defaults
 */
public record RunRequest(
        long modelId,
        long studyId,
        int samples,
        int concurrency,
        Long seed,
        boolean bothOrders,
        Map<String, String> settings) {

    /** The run setting naming the study's condition the run asks (decision 0028). */
    public static final String CONDITION = "condition";

    /** The run setting holding that condition's text for models, sent as the system message. */
    public static final String CONDITION_PROMPT = "conditionPrompt";

    /**
     * The run setting ({@code "true"}) saying the condition has models reason first: only an answer's last non-empty
     * line is read.
     */
    public static final String READ_LAST_LINE = "readLastLine";

    /** A request's value of {@link #CONDITION} asking every condition, one run each (also the default). */
    public static final String EVERY_CONDITION = "*";

    /** The rule for samples, in the words forms and refusals use. */
    public static final String SAMPLES = "Samples per item: 1 to 100";

    /** The rule for concurrency. */
    public static final String CONCURRENCY = "Concurrency: 1 to 256";

    /** Freezes the settings. */
    public RunRequest {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** One order drawn per prompt, the kind's default settings, a fresh seed. */
    public static RunRequest of(long modelId, long studyId, int samples, int concurrency) {
        return new RunRequest(modelId, studyId, samples, concurrency, null, false, Map.of());
    }

    /** The same request with one more kind setting. */
    public RunRequest with(String key, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(settings);
        more.put(key, value);
        return new RunRequest(modelId, studyId, samples, concurrency, seed, bothOrders, more);
    }

    /** The same request with this seed. */
    public RunRequest withSeed(long value) {
        return new RunRequest(modelId, studyId, samples, concurrency, value, bothOrders, settings);
    }

    /** The same request asking both option orders. */
    public RunRequest inBothOrders() {
        return new RunRequest(modelId, studyId, samples, concurrency, seed, true, settings);
    }
}
