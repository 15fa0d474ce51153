package org.moralbase.models.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.moralbase.models.client.Secret;

class ApiKeyCipherTest {

    private static final String KEY = "sk-proj-abcdefghijklmnop1234567890";

    @Test
    void aKeyRoundTripsAndItsCiphertextNeverContainsIt() {
        ApiKeyCipher cipher = ApiKeyCipher.fromBase64(ApiKeyCipher.newMasterKey());
        String first = cipher.encrypt(Secret.of(KEY));
        String second = cipher.encrypt(Secret.of(KEY));
        assertThat(first).startsWith("v1:").doesNotContain(KEY).isNotEqualTo(second);
        assertThat(cipher.decrypt(first).reveal()).isEqualTo(KEY);
        assertThat(cipher.decrypt(second).reveal()).isEqualTo(KEY);
    }

    @Test
    void anotherMasterKeyOrATamperedCiphertextFailsWithoutNamingTheKey() {
        String sealed = ApiKeyCipher.fromBase64(ApiKeyCipher.newMasterKey()).encrypt(Secret.of(KEY));
        ApiKeyCipher other = ApiKeyCipher.fromBase64(ApiKeyCipher.newMasterKey());
        assertThatThrownBy(() -> other.decrypt(sealed))
                .hasMessageContaining("MORALBASE_SECRET_KEY")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(KEY).doesNotContain(sealed));
        ApiKeyCipher same = ApiKeyCipher.fromBase64(ApiKeyCipher.newMasterKey());
        String mine = same.encrypt(Secret.of(KEY));
        char last = mine.charAt(mine.length() - 3);
        String tampered =
                mine.substring(0, mine.length() - 3) + (last == 'A' ? 'B' : 'A') + mine.substring(mine.length() - 2);
        assertThatThrownBy(() -> same.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMasterKeyMustBe32BytesOfBase64AndTheMessageDoesNotEchoIt() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> ApiKeyCipher.fromBase64(short16))
                .hasMessageContaining("32 bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(short16));
        assertThatThrownBy(() -> ApiKeyCipher.fromBase64("not base64 !!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> ApiKeyCipher.fromBase64(" ")).hasMessageContaining("empty");
    }
}
