package org.moralbase.models.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.models.client.BaseUrls;
import org.moralbase.models.client.ModelClient;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.Sampling;
import org.moralbase.models.client.Secret;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.springframework.beans.factory.annotation.Value;
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
    private final BaseUrls addresses;

    ModelEndpoints(
            RegisteredModelRepository models,
            KeyVault vault,
            @Value("${moralbase.models.allowed-hosts:}") String allowedHosts) {
        this.models = models;
        this.vault = vault;
        this.addresses = BaseUrls.allowing(allowedHosts);
    }

    /** Why a key must not be sent to this Base URL (a private or loopback address not allowed), or empty. */
    public Optional<String> addressProblem(URI baseUrl) {
        return addresses.problem(baseUrl);
    }

    /** A client for the endpoint that checks the host's addresses again before every request. */
    public ModelClient client(ModelEndpoint endpoint) {
        return ModelClient.forEndpoint(endpoint, addresses);
    }

    /**
     * The model's endpoint for a run or test by {@code accountId}.
     *
     * @throws IllegalStateException when the model has a key (stored or an environment variable) and the account
     *     is not its owner: keys serve their owner's runs only (decision 0038); or when the key cannot be read
     */
    @Transactional(readOnly = true)
    public ModelEndpoint endpoint(long modelId, long accountId) {
        RegisteredModel m = models.findById(modelId).orElseThrow(() -> new ModelNotFoundException("model", modelId));
        if (!m.keyUsableBy(accountId)) {
            throw new IllegalStateException(m.getName()
                    + " is asked with its owner's key, which only its owner's runs may use;"
                    + " register the model with your own key, or its owner may make it keyless");
        }
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
