package org.moralbase.models.registry;

import java.util.Objects;
import org.moralbase.base.Sealer;
import org.moralbase.models.client.Secret;

/**
 * Encrypts API keys for storage under the master key ({@link Sealer}: AES-256-GCM, {@code v1:} + base64). Error
 * messages never contain a key, the master key or a ciphertext.
 */
public final class ApiKeyCipher {

    /** Bytes of the master key (AES-256). */
    public static final int MASTER_KEY_BYTES = Sealer.MASTER_KEY_BYTES;

    private final Sealer sealer;

    private ApiKeyCipher(Sealer sealer) {
        this.sealer = sealer;
    }

    /**
     * A cipher for a base64 master key of exactly 32 bytes.
     *
     * @throws IllegalArgumentException saying what is wrong with the master key, without echoing it
     */
    public static ApiKeyCipher fromBase64(String masterKeyBase64) {
        return new ApiKeyCipher(Sealer.fromBase64(masterKeyBase64, "API key"));
    }

    /** A fresh random master key in base64, e.g. for {@code MORALBASE_SECRET_KEY}. */
    public static String newMasterKey() {
        return Sealer.newMasterKey();
    }

    /** Encrypts a key; each call uses a new nonce, so equal keys give different ciphertexts. */
    public String encrypt(Secret key) {
        Objects.requireNonNull(key, "key");
        if (!key.isPresent()) {
            throw new IllegalArgumentException("there is no key to encrypt");
        }
        return sealer.seal(key.reveal());
    }

    /**
     * Decrypts a stored key.
     *
     * @throws IllegalStateException if the text is not ours or the master key is not the one it was sealed with
     */
    public Secret decrypt(String stored) {
        return Secret.of(sealer.open(stored));
    }
}
