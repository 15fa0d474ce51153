package org.moralbase.models.client;

/** Response bodies in the providers' wire formats, for WireMock stubs. */
public final class ProviderJson {

    private ProviderJson() {}

    /** An OpenAI {@code chat.completion} with one choice. */
    public static String openAi(String content, String finishReason, int promptTokens, int completionTokens) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"test-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}""".formatted(
                        quote(content), finishReason, promptTokens, completionTokens, promptTokens + completionTokens);
    }

    /** An Ollama native {@code /api/chat} non-streaming response. */
    public static String ollama(String content, int promptTokens, int completionTokens) {
        return """
                {"model":"llama3.1","created_at":"2024-08-01T10:00:00Z",
                 "message":{"role":"assistant","content":%s},"done":true,"done_reason":"stop",
                 "prompt_eval_count":%d,"eval_count":%d}""".formatted(quote(content), promptTokens, completionTokens);
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
