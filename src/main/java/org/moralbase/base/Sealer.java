package org.moralbase.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals small secrets for storage with AES-256-GCM under the server's master key {@code MORALBASE_SECRET_KEY} (NIST
 * SP 800-38D): a fresh 96-bit nonce per secret, a 128-bit tag, stored as {@code v1:} + base64(nonce ‖ ciphertext ‖
 * tag). Models' API keys and second-factor secrets use it. Messages name what was sealed ({@code what}), never the
 * secret, the master key or a ciphertext.
 */
public final class Sealer {

    /** The environment variable holding the base64 master key. */
    public static final String MASTER_KEY_VARIABLE = "MORALBASE_SECRET_KEY";

    /** Bytes of the master key (AES-256). */
    public static final int MASTER_KEY_BYTES = 32;

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec master;
    private final String what;
    private final SecureRandom random = new SecureRandom();

    private Sealer(byte[] master, String what) {
        this.master = new SecretKeySpec(master, "AES");
        this.what = what;
    }

    /**
     * A sealer for a base64 master key of exactly 32 bytes; {@code what} names the sealed things in messages.
     *
     * @throws IllegalArgumentException saying what is wrong with the master key, without echoing it
     */
    public static Sealer fromBase64(String masterKeyBase64, String what) {
        return new Sealer(masterKey(masterKeyBase64), what);
    }

    /** What is wrong with a master key (null or blank: there is none), or empty when it is usable. */
    public static Optional<String> problem(String masterKeyBase64) {
        if (masterKeyBase64 == null || masterKeyBase64.isBlank()) {
            return Optional.of("the server has no master key (set " + MASTER_KEY_VARIABLE
                    + " to a base64 32-byte key and restart)");
        }
        try {
            masterKey(masterKeyBase64);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(MASTER_KEY_VARIABLE + " is unusable (" + e.getMessage() + ")");
        }
    }

    private static byte[] masterKey(String masterKeyBase64) {
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
        return bytes;
    }

    /** A fresh random master key in base64, e.g. for {@code MORALBASE_SECRET_KEY}. */
    public static String newMasterKey() {
        byte[] bytes = new byte[MASTER_KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Seals a secret; each call uses a new nonce, so equal secrets give different texts. */
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "could not encrypt the " + what + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Opens a sealed secret.
     *
     * @throws IllegalStateException if the text is not ours or the master key is not the one it was sealed with (the
     *     GCM tag does not match)
     */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("the stored " + what + " is not in a known format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (in.length <= NONCE_BYTES) {
                throw new IllegalStateException("the stored " + what + " is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the stored " + what + " cannot be decrypted: was " + MASTER_KEY_VARIABLE + " changed?");
        }
    }
}
