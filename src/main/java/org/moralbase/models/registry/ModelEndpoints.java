package org.moralbase.models.registry;

import java.net.URI;
import java.time.Duration;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.Sampling;
import org.moralbase.models.client.Secret;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a registered model's endpoint, key included, for the run executor. No access check: it serves
 * background runs (also after a restart, with nobody signed in); never hand its result to a view.
 */
@Component
public class ModelEndpoints {

    private final RegisteredModelRepository models;
    private final KeyVault vault;

    ModelEndpoints(RegisteredModelRepository models, KeyVault vault) {
        this.models = models;
        this.vault = vault;
    }

    @Transactional(readOnly = true)
    public ModelEndpoint endpoint(long modelId) {
        RegisteredModel m = models.findById(modelId).orElseThrow(() -> new ModelNotFoundException("model", modelId));
        Secret key = vault.resolve(KeyVault.sourceOf(m), m.getKeyEnvVar(), m.getKeyCiphertext());
        return new ModelEndpoint(
                m.getProviderKind(),
                URI.create(m.getBaseUrl()),
                m.getModelId(),
                key,
                new Sampling(m.getTemperature(), m.getTopP(), m.getMaxTokens(), m.getSamplingSeed()),
                Duration.ofSeconds(m.getTimeoutSeconds()),
                m.getSystemPromptOverride());
    }
}
