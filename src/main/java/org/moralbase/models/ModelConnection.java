package org.moralbase.models;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.moralbase.base.Roles;
import org.moralbase.models.client.AttemptError;
import org.moralbase.models.client.CallOutcome;
import org.moralbase.models.client.ModelClient;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.ModelReply;
import org.moralbase.models.registry.ModelEndpoints;
import org.moralbase.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Test connection": one short question to a registered model with its own address, model id, key and sampling,
 * so a researcher learns before a run whether the server is reached, takes the key and knows the model. Nothing is
 * stored; the key never appears in a message.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ModelConnection {

    /** What the model is asked. */
    static final String QUESTION = "This is a connection test. Reply with the single word OK.";

    /** The longest a test waits for the answer, whatever the model's own timeout. */
    static final Duration LONGEST = Duration.ofSeconds(30);

    private final ModelEndpoints endpoints;
    private final ModelAccess access;
    private final CurrentUser currentUser;

    ModelConnection(ModelEndpoints endpoints, ModelAccess access, CurrentUser currentUser) {
        this.endpoints = endpoints;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * Asks the model once and says what happened. The access check and the key lookup run in the caller's thread;
     * the question itself runs on a virtual thread, so a page waiting for it stays responsive.
     *
     * @throws ModelNotFoundException when there is no such model, or the signed-in account does not see it
     */
    public CompletableFuture<ConnectionResult> test(long modelId) {
        access.visible(modelId);
        ModelEndpoint resolved;
        try {
            resolved = endpoints.endpoint(modelId, currentUser.requireId());
        } catch (IllegalStateException keyMissing) {
            return CompletableFuture.completedFuture(
                    new ConnectionResult(false, "API key: " + keyMissing.getMessage() + ". Nothing was sent."));
        }
        ModelEndpoint endpoint = resolved.timeout().compareTo(LONGEST) > 0 ? resolved.withTimeout(LONGEST) : resolved;
        return CompletableFuture.supplyAsync(
                () -> ask(endpoints.client(endpoint), endpoint),
                task -> Thread.ofVirtual().name("model-connection-test").start(task));
    }

    private static ConnectionResult ask(ModelClient client, ModelEndpoint endpoint) {
        try {
            CallOutcome outcome = client.askOnce(null, QUESTION);
            return outcome.answered()
                    ? new ConnectionResult(true, answered(outcome.answer()))
                    : new ConnectionResult(false, failed(outcome.errors().getFirst(), endpoint));
        } catch (RuntimeException e) {
            return new ConnectionResult(false, "The test failed before an answer came: " + e.getMessage());
        }
    }

    private static String answered(ModelReply reply) {
        String text = reply.text().strip().replaceAll("\\s+", " ");
        String shown = text.isEmpty()
                ? "an empty answer"
                : "“" + (text.length() > 120 ? text.substring(0, 120) + "…" : text) + "”";
        return "Connected: the model answered " + shown + " in "
                + reply.latency().toMillis() + " ms"
                + (reply.finishReason() == null
                        ? "."
                        : " (finish reason: " + reply.finishReason().toLowerCase(java.util.Locale.ROOT) + ").");
    }

    private static String failed(AttemptError e, ModelEndpoint endpoint) {
        String status = e.httpStatus() == null ? "" : " (HTTP " + e.httpStatus() + ")";
        String detail = e.message().isBlank() ? "" : " The server said: " + brief(e);
        return switch (e.type()) {
            case CLIENT_ERROR ->
                switch (e.httpStatus() == null ? 0 : e.httpStatus()) {
                    case 0 -> brief(e) + ".";
                    case 401, 403 ->
                        "The server refused the key" + status + ". Check the API key and where it comes from.";
                    case 404 ->
                        "The server does not know this address or model" + status + ". Check Base URL ("
                                + endpoint.baseUrl() + ") and Model id (" + endpoint.modelId() + ").";
                    default -> "The server refused the request" + status + "." + detail;
                };
            case NETWORK ->
                "Could not reach " + endpoint.baseUrl().getHost() + ". Check Base URL and that the server is running."
                        + detail;
            case TIMEOUT ->
                "No answer within " + endpoint.timeout().toSeconds() + " s" + status
                        + ". The server is reached but slow, or the address is wrong.";
            case RATE_LIMITED ->
                "The server is reached and the key accepted, but it is rate limiting" + status
                        + ". Try again later, or lower a run's concurrency.";
            case SERVER_ERROR -> "The server failed" + status + "." + detail;
            case MALFORMED ->
                "The server answered, but not in the " + endpoint.kind().label()
                        + " format. Check Provider and Base URL." + detail;
            case CANCELLED -> "The test was cancelled.";
        };
    }

    private static String brief(AttemptError e) {
        String m = e.message().strip().replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
