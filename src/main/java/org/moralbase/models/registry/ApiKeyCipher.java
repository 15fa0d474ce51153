package org.moralbase.models.registry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.moralbase.models.client.Secret;

/**
 * Encrypts API keys for storage with AES-256-GCM under a master key (NIST SP 800-38D): a fresh 96-bit nonce
 * per key, a 128-bit tag, stored as {@code v1:} + base64(nonce ‖ ciphertext ‖ tag). Error messages never
 * contain a key, the master key or a ciphertext.
 */
public final class ApiKeyCipher {

    /** Bytes of the master key (AES-256). */
    public static final int MASTER_KEY_BYTES = 32;

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec master;
    private final SecureRandom random;

    private ApiKeyCipher(byte[] master, SecureRandom random) {
        this.master = new SecretKeySpec(master, "AES");
        this.random = random;
    }

    /**
     * A cipher for a base64 master key of exactly 32 bytes.
     *
     * @throws IllegalArgumentException saying what is wrong with the master key, without echoing it
     */
    public static ApiKeyCipher fromBase64(String masterKeyBase64) {
        if (masterKeyBase64 == null || masterKeyBase64.isBlank()) {
            throw new IllegalArgumentException("the master key is empty");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(masterKeyBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not valid base64");
        }
        if (bytes.length != MASTER_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "the master key must be " + MASTER_KEY_BYTES + " bytes (base64), was " + bytes.length + " bytes");
        }
        return new ApiKeyCipher(bytes, new SecureRandom());
    }

    /** A fresh random master key in base64, e.g. for {@code MORALBASE_SECRET_KEY}. */
    public static String newMasterKey() {
        byte[] bytes = new byte[MASTER_KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Encrypts a key; each call uses a new nonce, so equal keys give different ciphertexts. */
    public String encrypt(Secret key) {
        Objects.requireNonNull(key, "key");
        if (!key.isPresent()) {
            throw new IllegalArgumentException("there is no key to encrypt");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(key.reveal().getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "could not encrypt the API key (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Decrypts a stored key.
     *
     * @throws IllegalStateException if the text is not ours or the master key is not the one it was sealed
     *     with (the GCM tag does not match)
     */
    public Secret decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored API key is not in a known format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (in.length <= NONCE_BYTES) {
                throw new IllegalStateException("the stored API key is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return Secret.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the stored API key cannot be decrypted: was MORALBASE_SECRET_KEY changed?");
        }
    }
}
