package org.moralbase.models.client;

/**
 * Receives each prompt's single outcome as soon as it is known, so it can be stored at once. Called from
 * worker threads, possibly concurrently: implementations must be thread-safe.
 */
@FunctionalInterface
public interface OutcomeListener {

    /** Called exactly once per prompt of the run. */
    void onOutcome(ModelPrompt prompt, CallOutcome outcome);
}
