package org.moralbase.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook message as the Standard Webhooks specification does (standardwebhooks.com, v1): the secret is
 * {@code whsec_} + base64 of random bytes; the signature is HMAC-SHA256 with those bytes over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as {@code webhook-signature: v1,<base64>}. Receivers verify it
 * with the specification's libraries (Python {@code standardwebhooks}, JavaScript, Go, …) or the few lines in
 * {@code docs/api.md}.
 */
public final class WebhookSigner {

    /** What every secret starts with. */
    public static final String PREFIX = "whsec_";

    private static final int SECRET_BYTES = 32;

    private WebhookSigner() {}

    /** A new secret: 32 random bytes. */
    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value for this message. */
    public static String signature(String secret, String messageId, long timestampSeconds, String body) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed =
                    mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
