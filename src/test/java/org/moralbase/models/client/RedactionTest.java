package org.moralbase.models.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String KEY = "sk-proj-AbC123xYz789";

    @Test
    void secretNeverPrintsItsValue() {
        Secret secret = Secret.of(KEY);

        assertThat(secret.toString()).isEqualTo("****");
        assertThat(String.valueOf(secret)).doesNotContain(KEY);
        assertThat(secret.reveal()).isEqualTo(KEY);
    }

    @Test
    void replacesEveryOccurrenceOfTheKey() {
        String body = "Incorrect API key provided: " + KEY + " (you sent " + KEY + ")";

        assertThat(Redaction.redact(body, Secret.of(KEY)))
                .isEqualTo("Incorrect API key provided: **** (you sent ****)");
    }

    @Test
    void masksBearerTokensEvenForKeysItWasNotGiven() {
        assertThat(Redaction.redact("echo: Authorization: Bearer sk-other-0123456789", Secret.none()))
                .isEqualTo("echo: Authorization: Bearer ****");
    }

    @Test
    void leavesTextWithoutKeysAlone() {
        assertThat(Redaction.redact("Case 1", Secret.of(KEY))).isEqualTo("Case 1");
        assertThat(Redaction.redact(null, Secret.of(KEY))).isNull();
    }

    @Test
    void endpointToStringHidesTheKey() {
        ModelEndpoint endpoint =
                ModelEndpoint.of(ProviderKind.OPENAI_COMPATIBLE, "https://api.openai.com/v1", "gpt-4o", Secret.of(KEY));

        assertThat(endpoint.toString()).doesNotContain(KEY).contains("apiKey=****");
    }

    @Test
    void rejectsBlankKeysAndCredentialsInTheUrl() {
        assertThatThrownBy(() -> Secret.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelEndpoint.of(
                        ProviderKind.OPENAI_COMPATIBLE, "https://user:" + KEY + "@host/v1", "m", Secret.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(KEY);
    }
}
