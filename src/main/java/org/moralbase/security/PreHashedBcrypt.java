package org.moralbase.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt of the password's SHA-256 (Base64, 44 bytes), so passwords of any length count whole: BCrypt alone reads
 * only 72 bytes (and Spring's encoder refuses longer ones). Stored as {@code {bcrypt-sha256}…}; older
 * {@code {bcrypt}} hashes still match through the delegating encoder (SecurityConfig).
 */
final class PreHashedBcrypt implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence raw) {
        return bcrypt.encode(sha256(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        return raw != null && bcrypt.matches(sha256(raw), encoded);
    }

    private static String sha256(CharSequence raw) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
