package org.moralbase.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA-1, 30-second steps from the Unix epoch, 6
 * digits, what every authenticator app reads from an {@code otpauth://} address. Written here because no maintained
 * TOTP library is among the checked Maven packages (decision 0035); tested against RFC 6238's Appendix B.
 */
public final class Totp {

    /** Seconds per step. */
    public static final long STEP_SECONDS = 30;

    /** Digits of a code. */
    public static final int DIGITS = 6;

    /** Bytes of a new secret (160 bits, RFC 4226's recommendation for HMAC-SHA-1). */
    static final int SECRET_BYTES = 20;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {}

    /** The step a moment (epoch seconds) falls in. */
    public static long step(long epochSeconds) {
        return Math.floorDiv(epochSeconds, STEP_SECONDS);
    }

    /** The code of a step, {@code digits} long with leading zeros (RFC 4226, section 5.3). */
    public static String code(byte[] secret, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            long modulus = (long) Math.pow(10, digits);
            String code = Long.toString(binary % modulus);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-1 is not available", e);
        }
    }

    /**
     * The step whose code this is, among the current step and one either side (clock drift), or -1. Spaces in the
     * typed code are ignored.
     */
    public static long matchingStep(byte[] secret, String typed, long currentStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        for (long step = currentStep - 1; step <= currentStep + 1; step++) {
            if (java.security.MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(), code.getBytes())) {
                return step;
            }
        }
        return -1;
    }

    /** A new random secret. */
    static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** Base32 without padding (RFC 4648), as authenticator apps take a secret. */
    public static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The bytes of a Base32 text; spaces, dashes and case are ignored. */
    public static byte[] fromBase32(String text) {
        String clean = text.replaceAll("[\\s-=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: '" + c + "'");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    /** A Base32 text in groups of four, easier to type. */
    public static String grouped(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
