package org.moralbase.models.client;

import java.util.List;

/** Sends one conversation (system + user message) to one model, with no retries of its own. */
public interface ModelClient {

    /**
     * Asks once.
     *
     * @param systemPrompt the system message, or {@code null} for none (an endpoint's override wins)
     * @param userPrompt the user message, not blank
     * @return the raw answer
     * @throws ModelCallException classified, with any API key redacted from its message
     */
    ModelReply ask(String systemPrompt, String userPrompt);

    /**
     * Asks once, with no retry, and gives the answer or the classified failure (a connection test).
     *
     * @param systemPrompt the system message, or {@code null} for none
     * @param userPrompt the user message, not blank
     */
    default CallOutcome askOnce(String systemPrompt, String userPrompt) {
        try {
            return CallOutcome.answered(ask(systemPrompt, userPrompt), List.of());
        } catch (ModelCallException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            return CallOutcome.failed(e.type(), List.of(new AttemptError(1, e.type(), e.httpStatus(), message, null)));
        }
    }

    /**
     * A client for the endpoint's provider kind, built on LangChain4j with its retries disabled; every request is
     * first checked against {@code addresses} with the host's current addresses.
     */
    static ModelClient forEndpoint(ModelEndpoint endpoint, BaseUrls addresses) {
        return new LangChainModelClient(endpoint, addresses);
    }
}
