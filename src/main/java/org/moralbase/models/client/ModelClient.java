package org.moralbase.models.client;

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

    /** A client for the endpoint's provider kind, built on LangChain4j with its retries disabled. */
    static ModelClient forEndpoint(ModelEndpoint endpoint) {
        return new LangChainModelClient(endpoint);
    }
}
