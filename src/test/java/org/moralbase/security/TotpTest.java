package org.moralbase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** {@link Totp} against RFC 6238, Appendix B (the SHA-1 rows: 8 digits, the 20-byte ASCII secret "1234…890"). */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfc6238Sha1TestVectorsMatch() {
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] codes = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        for (int i = 0; i < times.length; i++) {
            assertThat(Totp.code(RFC_SECRET, Totp.step(times[i]), 8))
                    .as("T = " + times[i])
                    .isEqualTo(codes[i]);
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixAndOneStepEitherSideIsAccepted() {
        long step = Totp.step(1111111109L);
        assertThat(Totp.code(RFC_SECRET, step, 6)).isEqualTo("081804");
        assertThat(Totp.matchingStep(RFC_SECRET, "081 804", step)).isEqualTo(step);
        assertThat(Totp.matchingStep(RFC_SECRET, "081804", step + 1)).isEqualTo(step);
        assertThat(Totp.matchingStep(RFC_SECRET, "081804", step - 1)).isEqualTo(step);
        assertThat(Totp.matchingStep(RFC_SECRET, "081804", step + 2)).isEqualTo(-1);
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", step)).isEqualTo(-1);
        assertThat(Totp.matchingStep(RFC_SECRET, null, step)).isEqualTo(-1);
    }

    @Test
    void base32RoundTripsAsRfc4648Says() {
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        byte[] secret = Totp.newSecret(new SecureRandom());
        String text = Totp.grouped(Totp.base32(secret));
        assertThat(text).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        assertThat(Totp.fromBase32(text.toLowerCase())).isEqualTo(secret);
    }
}
