package org.moralbase.models.registry;

import java.util.Optional;
import java.util.regex.Pattern;
import org.moralbase.base.Sealer;
import org.moralbase.models.KeySource;
import org.moralbase.models.client.Secret;
import org.moralbase.models.domain.RegisteredModel;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves registered models' API keys: environment variables named {@code MORALBASE_KEY_…} (read at call
 * time, so rotating a key needs no edit) and keys stored encrypted under {@code MORALBASE_SECRET_KEY}. Both
 * are read through Spring's {@link Environment} (environment, then system properties), never cached here.
 */
@Component
public class KeyVault {

    /** The environment variable holding the base64 master key. */
    public static final String MASTER_KEY_VARIABLE = Sealer.MASTER_KEY_VARIABLE;

    // only our own prefix: a researcher must not be able to send, say, the database password to a server
    static final Pattern ENV_NAME = Pattern.compile("MORALBASE_KEY_[A-Z0-9_]{1,80}");

    private final Environment environment;

    KeyVault(Environment environment) {
        this.environment = environment;
    }

    /** The cipher, or why keys cannot be stored. */
    Optional<ApiKeyCipher> cipher() {
        String master = environment.getProperty(MASTER_KEY_VARIABLE);
        if (master == null || master.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ApiKeyCipher.fromBase64(master));
    }

    /** Why keys cannot be stored, or empty when they can. */
    public Optional<String> whyKeysCannotBeStored() {
        return Sealer.problem(environment.getProperty(MASTER_KEY_VARIABLE))
                .map(problem -> "API keys cannot be stored: " + problem
                        + ". Name an environment variable MORALBASE_KEY_… instead.");
    }

    /** Encrypts a new key, or refuses with the reason. */
    public String encrypt(Secret key) {
        whyKeysCannotBeStored().ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return cipher().orElseThrow().encrypt(key);
    }

    /** Checks an environment variable name. */
    public static String checkEnvName(String name) {
        String clean = name == null ? "" : name.strip();
        if (!ENV_NAME.matcher(clean).matches()) {
            throw new IllegalArgumentException(
                    "API key variable: a name like MORALBASE_KEY_OPENAI (capitals, digits, underscores)");
        }
        return clean;
    }

    /** The key for a model's key settings; the message of any failure names no key. */
    public Secret resolve(KeySource source, String envName, String ciphertext) {
        return switch (source) {
            case NONE -> Secret.none();
            case ENV_VAR -> {
                String value = environment.getProperty(checkEnvName(envName));
                if (value == null || value.isBlank()) {
                    throw new IllegalStateException("the environment variable " + envName + " is not set");
                }
                yield Secret.of(value);
            }
            case STORED ->
                cipher().orElseThrow(() -> new IllegalStateException(
                                "the stored API key cannot be used: " + MASTER_KEY_VARIABLE + " is not set"))
                        .decrypt(ciphertext);
        };
    }

    /** Where a model's key comes from. */
    public static KeySource sourceOf(RegisteredModel m) {
        if (m.getKeyCiphertext() != null) {
            return KeySource.STORED;
        }
        return m.getKeyEnvVar() != null ? KeySource.ENV_VAR : KeySource.NONE;
    }
}
