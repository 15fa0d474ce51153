package org.moralbase.webhooks;

import java.util.Optional;
import org.moralbase.base.Sealer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Seals webhook secrets under the server's master key ({@link Sealer}), as models' API keys are. */
@Component
class WebhookSecrets {

    private static final String WHAT = "webhook secrets";

    private final Environment environment;

    WebhookSecrets(Environment environment) {
        this.environment = environment;
    }

    /** Why secrets cannot be kept, as a sentence for the page, or empty when they can. */
    Optional<String> problem() {
        return Sealer.problem(environment.getProperty(Sealer.MASTER_KEY_VARIABLE))
                .map(p -> "Webhooks sign their messages with a secret the server keeps sealed: " + p + ".");
    }

    String seal(String secret) {
        return sealer().seal(secret);
    }

    String open(String sealed) {
        return sealer().open(sealed);
    }

    private Sealer sealer() {
        problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return Sealer.fromBase64(environment.getProperty(Sealer.MASTER_KEY_VARIABLE), WHAT);
    }
}
