package org.moralbase.models;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.moralbase.base.Roles;
import org.moralbase.models.client.CallOutcome;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.RetryPolicy;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.models.registry.ModelEndpoints;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A study owner's registry models asked outside a run (a values-card study's interviewer and story writer; decision
 * 0037), under the registry's two rules (decision 0038): the owner must see the model (their own, or shared with
 * them on purpose; an admin owner's blanket sight of the registry does not count), and a key is usable only by its
 * owner's work, so of the shared ones only keyless models can be chosen and asked. Each question is retried politely (3 attempts, back-off from 1 s, a
 * Retry-After of at most 20 s honoured); a failure comes back as a plain sentence that names no key.
 */
@Service
public class OwnerModels {

    /** The longest one question waits for its answer, whatever the model's own timeout. */
    static final Duration LONGEST = Duration.ofSeconds(60);

    private final RegisteredModelRepository models;
    private final ModelEndpoints endpoints;

    OwnerModels(RegisteredModelRepository models, ModelEndpoints endpoints) {
        this.models = models;
        this.endpoints = endpoints;
    }

    /** A model as a picker shows it. */
    public record Choice(long id, String name) {}

    /** What a question got: the answer's text, or why there is none (a plain sentence). */
    public record Answer(String text, String failure) {

        public boolean answered() {
            return failure == null;
        }
    }

    /** The models a study owner may choose: askable, seen by the owner, and their own or keyless; by name. */
    @PreAuthorize(Roles.HAS_RESEARCHER)
    public List<Choice> usableBy(long ownerId) {
        return models.findVisibleTo(ownerId, PageRequest.of(0, 1000)).stream()
                .filter(m -> problem(m, ownerId).isEmpty())
                .map(m -> new Choice(m.getId(), m.getName()))
                .toList();
    }

    /** The model's name, if it exists. */
    public Optional<String> name(long modelId) {
        return models.findById(modelId).map(RegisteredModel::getName);
    }

    /**
     * Asks the model once (with polite retries) on behalf of the owner; participant pages call this for the study's
     * own interviewer, so the owner is the study's, never the caller's choice.
     */
    public Answer ask(long modelId, long ownerId, String systemPrompt, String userPrompt) {
        Optional<RegisteredModel> model = models.findById(modelId);
        if (model.isEmpty()) {
            return new Answer(null, "the model is no longer in the registry");
        }
        Optional<String> problem = problem(model.get(), ownerId);
        if (problem.isPresent()) {
            return new Answer(null, problem.get());
        }
        ModelEndpoint endpoint;
        try {
            endpoint = endpoints.endpoint(modelId, ownerId); // the owner's key, for the owner's study
        } catch (IllegalStateException keyMissing) {
            return new Answer(null, "the model's API key: " + keyMissing.getMessage());
        }
        if (endpoint.timeout().compareTo(LONGEST) > 0) {
            endpoint = endpoint.withTimeout(LONGEST);
        }
        CallOutcome outcome = RetryPolicy.withDefaults(new SplittableRandom())
                .withMaxAttempts(3)
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8))
                .withMaxRetryAfter(Duration.ofSeconds(20))
                .call(endpoints.client(endpoint), systemPrompt, userPrompt);
        if (outcome.answered()) {
            return new Answer(outcome.answer().text(), null);
        }
        var last = outcome.errors().isEmpty() ? null : outcome.errors().getLast();
        String status = last == null || last.httpStatus() == null ? "" : ", HTTP " + last.httpStatus();
        return new Answer(
                null,
                "the model did not answer after " + outcome.attempts() + " attempt(s) ("
                        + outcome.failure()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + status
                        + ")");
    }

    private static Optional<String> problem(RegisteredModel m, long ownerId) {
        if (!m.isVisibleTo(ownerId)) { // not the owner's and not shared with them: as if it did not exist
            return Optional.of("the model is not shared with the study's owner");
        }
        if (!m.hasEndpoint()) {
            return Optional.of(m.getName() + " has imported answers only");
        }
        if (!m.keyUsableBy(ownerId)) { // the same rule as every run's (decision 0038)
            return Optional.of(m.getName() + "'s API key belongs to another researcher");
        }
        return Optional.empty();
    }
}
