package org.moralbase.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Signatures against ones made outside Java, exactly (a signature is equal or wrong):
 *
 * <p>OpenSSL 3.0.19, with KEY the secret after {@code whsec_}:
 *
 * <pre>
 * HEX=$(echo -n "$KEY" | base64 -d | xxd -p -c 64)
 * printf '%s' '&lt;id&gt;.&lt;timestamp&gt;.&lt;body&gt;' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$HEX -binary | base64
 * </pre>
 *
 * The first is also the example of the Standard Webhooks specification (standardwebhooks.com, its README's
 * "Signature scheme" example), which OpenSSL reproduces.
 */
class WebhookSignerTest {

    @Test
    void theSpecificationsExampleAsOpenSslComputesIt() {
        assertThat(WebhookSigner.signature(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L,
                        "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aMessageOfOursAsOpenSslComputesIt() {
        assertThat(WebhookSigner.signature(
                        "whsec_BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=",
                        "msg_2b7c1f0e9a",
                        1733392800L,
                        "{\"type\":\"session.completed\",\"data\":{\"participant\":\"p-7QX\"}}"))
                .isEqualTo("v1,crRAMwZ85VORwuaqZEFMpW+aljlQNZl1gnE5HtgGN4Q=");
    }

    @Test
    void aChangedBodyIdOrTimestampChangesTheSignature() {
        String secret = WebhookSigner.newSecret(new SecureRandom());
        String signed = WebhookSigner.signature(secret, "msg_1", 100L, "{}");
        assertThat(WebhookSigner.signature(secret, "msg_1", 100L, "{ }")).isNotEqualTo(signed);
        assertThat(WebhookSigner.signature(secret, "msg_2", 100L, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSigner.signature(secret, "msg_1", 101L, "{}")).isNotEqualTo(signed);
    }

    @Test
    void aNewSecretIs32RandomBytesAfterThePrefixAndAForeignOneIsRefused() {
        String secret = WebhookSigner.newSecret(new SecureRandom());
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSigner.newSecret(new SecureRandom())).isNotEqualTo(secret);
        assertThatThrownBy(() -> WebhookSigner.signature("sk-not-a-webhook-secret", "m", 1L, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whsec_");
    }
}
