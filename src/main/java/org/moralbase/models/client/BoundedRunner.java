package org.moralbase.models.client;

import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sends many prompts to one client with at most {@code concurrency} in flight, each under the retry policy;
 * every prompt ends in exactly one {@link OutcomeListener} call, cancelled ones included.
 */
public final class BoundedRunner {

    private final ModelClient client;
    private final RetryPolicy policy;
    private final int concurrency;
    private final InstantSource clock;

    /**
     * @param client the model
     * @param policy retries and back-off
     * @param concurrency at most this many prompts in flight, at least 1 (mind the provider's rate limit)
     * @param clock for the progress rate
     */
    public BoundedRunner(ModelClient client, RetryPolicy policy, int concurrency, InstantSource clock) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.client = Objects.requireNonNull(client, "client");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.concurrency = concurrency;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts the run in the background, in list order, and returns its handle at once. */
    public RunHandle start(List<ModelPrompt> prompts, OutcomeListener listener) {
        Objects.requireNonNull(listener, "listener");
        List<ModelPrompt> copy = List.copyOf(prompts);
        Set<String> ids = new HashSet<>();
        for (ModelPrompt prompt : copy) {
            if (!ids.add(prompt.id())) {
                throw new IllegalArgumentException("duplicate prompt id " + prompt.id());
            }
        }
        RunHandle handle = new RunHandle(client, policy, concurrency, clock, copy, listener);
        handle.launch();
        return handle;
    }
}
