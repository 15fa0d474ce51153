package org.moralbase.models.client;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link ModelClient} on a LangChain4j chat model, one per endpoint; thread-safe. */
final class LangChainModelClient implements ModelClient {

    private final ModelEndpoint endpoint;
    private final ChatModel model;

    LangChainModelClient(ModelEndpoint endpoint, BaseUrls addresses) {
        this.endpoint = endpoint;
        this.model = switch (endpoint.kind()) {
            case OPENAI_COMPATIBLE -> openAi(endpoint, addresses);
            case OLLAMA -> ollama(endpoint, addresses);
        };
    }

    @Override
    public ModelReply ask(String systemPrompt, String userPrompt) {
        if (userPrompt == null || userPrompt.isBlank()) {
            throw new IllegalArgumentException("userPrompt must not be blank");
        }
        String system = endpoint.systemPromptOverride() != null ? endpoint.systemPromptOverride() : systemPrompt;
        List<ChatMessage> messages = new ArrayList<>(2);
        if (system != null && !system.isBlank()) {
            messages.add(SystemMessage.from(system));
        }
        messages.add(UserMessage.from(userPrompt));
        long start = System.nanoTime();
        ChatResponse response;
        try {
            response = model.chat(ChatRequest.builder().messages(messages).build());
        } catch (RuntimeException e) {
            throw FailureClassifier.classify(e, endpoint.apiKey());
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        if (response == null || response.aiMessage() == null) {
            throw new ModelCallException(FailureType.MALFORMED, null, null, "response without a message");
        }
        String text =
                response.aiMessage().text() == null ? "" : response.aiMessage().text();
        String finish =
                response.finishReason() == null ? null : response.finishReason().name();
        return new ModelReply(text, latency, tokens(response.tokenUsage()), finish);
    }

    private static TokenCounts tokens(TokenUsage usage) {
        if (usage == null) {
            return null;
        }
        return new TokenCounts(usage.inputTokenCount(), usage.outputTokenCount(), usage.totalTokenCount());
    }

    private static ChatModel openAi(ModelEndpoint endpoint, BaseUrls addresses) {
        Sampling sampling = endpoint.sampling();
        return OpenAiChatModel.builder()
                .httpClientBuilder(HeaderKeepingHttpClient.builder(addresses))
                .baseUrl(endpoint.baseUrl().toString())
                .apiKey(endpoint.apiKey().isPresent() ? endpoint.apiKey().reveal() : null)
                .modelName(endpoint.modelId())
                .temperature(sampling.temperature())
                .topP(sampling.topP())
                .maxTokens(sampling.maxTokens())
                .seed(sampling.seed())
                .timeout(endpoint.timeout())
                // our RetryPolicy decides; LangChain4j must try exactly once
                .maxRetries(0)
                .build();
    }

    private static ChatModel ollama(ModelEndpoint endpoint, BaseUrls addresses) {
        Sampling sampling = endpoint.sampling();
        var builder = OllamaChatModel.builder()
                .httpClientBuilder(HeaderKeepingHttpClient.builder(addresses))
                .baseUrl(endpoint.baseUrl().toString())
                .modelName(endpoint.modelId())
                .temperature(sampling.temperature())
                .topP(sampling.topP())
                .numPredict(sampling.maxTokens())
                .seed(sampling.seed())
                .timeout(endpoint.timeout())
                .maxRetries(0);
        if (endpoint.apiKey().isPresent()) {
            // Ollama itself has no auth; proxies in front of it usually take a bearer token
            builder.customHeaders(
                    Map.of("Authorization", "Bearer " + endpoint.apiKey().reveal()));
        }
        return builder.build();
    }
}
