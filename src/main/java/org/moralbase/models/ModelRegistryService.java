package org.moralbase.models;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.Sampling;
import org.moralbase.models.client.Secret;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.models.registry.KeyVault;
import org.moralbase.models.registry.RegistryAudit;
import org.moralbase.security.CurrentUser;
import org.moralbase.stats.scaling.ModelFamily;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model registry. Every researcher sees every model (a registry is shared); only the owner or an admin
 * edits or deletes one. A key entered here is encrypted at once and never returned: summaries say only whether
 * one is set. Every change is audited; key changes say where the key comes from, never the key.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ModelRegistryService {

    private final RegisteredModelRepository models;
    private final ModelRunRepository runs;
    private final KeyVault vault;
    private final CurrentUser currentUser;
    private final RegistryAudit audit;
    private final Clock clock;

    ModelRegistryService(
            RegisteredModelRepository models,
            ModelRunRepository runs,
            KeyVault vault,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.models = models;
        this.runs = runs;
        this.vault = vault;
        this.currentUser = currentUser;
        this.audit = new RegistryAudit(audit);
        this.clock = clock;
    }

    /** The family suggested for a model name (Takemoto 2026's grouping), or empty for a blank name. */
    public String familySuggestion(String name) {
        return name == null || name.isBlank() ? "" : ModelFamily.of(name).label();
    }

    /** Why keys cannot be stored on this server, or empty when they can. */
    public Optional<String> keyStorageProblem() {
        return vault.whyKeysCannotBeStored();
    }

    /** Models by name. */
    @Transactional(readOnly = true)
    public List<ModelSummary> list(int offset, int limit) {
        int size = Math.max(limit, 1);
        return models.findAllByOrderByNameAsc(PageRequest.of(offset / size, size)).stream()
                .map(ModelRegistryService::summary)
                .toList();
    }

    /** Every model's name, in order. */
    @Transactional(readOnly = true)
    public List<String> names() {
        return models.findAllByOrderByNameAsc(Pageable.unpaged()).stream()
                .map(RegisteredModel::getName)
                .toList();
    }

    /** One model. */
    @Transactional(readOnly = true)
    public Optional<ModelSummary> find(long id) {
        return models.findById(id).map(ModelRegistryService::summary);
    }

    /** Registers a model owned by the signed-in account. */
    @Transactional
    public ModelSummary create(ModelSpec spec) {
        RegisteredModel model = new RegisteredModel(currentUser.requireId(), clock.instant());
        apply(model, spec, null);
        RegisteredModel saved = models.save(model);
        audit.created(saved);
        return summary(saved);
    }

    /** Changes a model; with {@link KeySource#STORED} and no new key the stored key is kept. */
    @Transactional
    public ModelSummary update(long id, ModelSpec spec) {
        RegisteredModel model = owned(id, "change");
        RegistryAudit.KeyOrigin keyBefore = RegistryAudit.KeyOrigin.of(model);
        apply(model, spec, model.getKeyCiphertext());
        model.touch(clock.instant());
        audit.updated(model, keyBefore, spec.newKey() != null && !spec.newKey().isBlank());
        return summary(model);
    }

    /** Deletes a model that has no runs (runs keep their model, so their results stay readable). */
    @Transactional
    public void delete(long id) {
        RegisteredModel model = owned(id, "delete");
        if (!runs.findByModelRefOrderByIdDesc(id, PageRequest.of(0, 1)).isEmpty()) {
            throw new IllegalArgumentException("The model has runs: it stays, so their results keep their model");
        }
        models.delete(model);
        audit.deleted(model);
    }

    private RegisteredModel owned(long id, String verb) {
        RegisteredModel model = models.findById(id).orElseThrow(() -> new ModelNotFoundException("model", id));
        if (!currentUser.isAdmin() && model.getOwnerId() != currentUser.requireId()) {
            throw new IllegalArgumentException("Only the model's owner or an admin can " + verb + " it");
        }
        return model;
    }

    private void apply(RegisteredModel model, ModelSpec spec, String storedCiphertext) {
        String name = spec.name() == null ? "" : spec.name().strip();
        ModelSpec.check(!name.isEmpty() && name.length() <= 255, ModelSpec.NAME);
        models.findByName(name)
                .filter(other -> !other.getId().equals(model.getId()))
                .ifPresent(other -> {
                    throw new IllegalArgumentException("Name: another model is called " + name);
                });
        String family = spec.family() == null || spec.family().isBlank()
                ? familySuggestion(name)
                : spec.family().strip();
        ModelSpec.check(family.length() <= 255, ModelSpec.FAMILY);
        ModelSpec.check(spec.parametersBillions() == null || spec.parametersBillions() > 0, ModelSpec.PARAMETERS);
        ModelSpec.check(spec.timeoutSeconds() >= 1 && spec.timeoutSeconds() <= 3600, ModelSpec.TIMEOUT);
        String baseUrl = spec.baseUrl() == null ? "" : spec.baseUrl().strip();
        String modelId = spec.modelId() == null ? "" : spec.modelId().strip();
        String override = spec.systemPromptOverride() == null
                        || spec.systemPromptOverride().isBlank()
                ? null
                : spec.systemPromptOverride();
        model.describe(name, family, spec.parametersBillions(), spec.reasoning(), spec.releaseDate());
        Sampling sampling = spec.sampling();
        if (spec.kind() == null && baseUrl.isEmpty() && modelId.isEmpty()) {
            // no endpoint: the entry names a model whose answers are imported; it cannot be asked
            model.connect(null, null, null, null, null, null, null, spec.timeoutSeconds(), override);
            model.setKey(null, null);
            return;
        }
        if (spec.kind() == null) {
            throw new IllegalArgumentException("Provider API: choose the API the server speaks");
        }
        URI url = endpointUrl(baseUrl);
        ModelSpec.check(!modelId.isEmpty() && modelId.length() <= 255, ModelSpec.MODEL_ID);
        try {
            // the endpoint's own checks, should it ever check more than the lines above
            new ModelEndpoint(
                    spec.kind(),
                    url,
                    modelId,
                    Secret.none(),
                    sampling,
                    Duration.ofSeconds(spec.timeoutSeconds()),
                    null);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Endpoint: " + e.getMessage());
        }
        model.connect(
                spec.kind(),
                baseUrl,
                modelId,
                sampling.temperature(),
                sampling.topP(),
                sampling.maxTokens(),
                sampling.seed(),
                spec.timeoutSeconds(),
                override);
        KeySource source = spec.keySource() == null ? KeySource.NONE : spec.keySource();
        switch (source) {
            case NONE -> model.setKey(null, null);
            case ENV_VAR -> model.setKey(KeyVault.checkEnvName(spec.keyEnvVar()), null);
            case STORED -> {
                if (spec.newKey() != null && !spec.newKey().isBlank()) {
                    model.setKey(null, vault.encrypt(Secret.of(spec.newKey())));
                } else if (storedCiphertext != null) {
                    model.setKey(null, storedCiphertext);
                } else {
                    throw new IllegalArgumentException("API key: enter the key to store");
                }
            }
        }
    }

    // names the field in the researcher's words; the endpoint's own messages speak of parameters
    private static URI endpointUrl(String baseUrl) {
        URI url;
        try {
            url = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ModelSpec.BASE_URL + " (" + e.getReason() + ")");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        ModelSpec.check(
                (scheme.equals("http") || scheme.equals("https")) && url.getAuthority() != null, ModelSpec.BASE_URL);
        ModelSpec.check(
                url.getUserInfo() == null,
                "Base URL: no user name or password in the address; give the key under API key");
        return url;
    }

    private static ModelSummary summary(RegisteredModel m) {
        return new ModelSummary(
                m.getId(),
                m.getName(),
                m.getFamily(),
                m.getParametersBillions(),
                m.isReasoning(),
                m.getReleaseDate(),
                m.getProviderKind(),
                m.getBaseUrl(),
                m.getModelId(),
                new Sampling(m.getTemperature(), m.getTopP(), m.getMaxTokens(), m.getSamplingSeed()),
                m.getTimeoutSeconds(),
                m.getSystemPromptOverride(),
                KeyVault.sourceOf(m),
                m.getKeyEnvVar(),
                m.getKeyCiphertext() != null,
                m.isImported(),
                m.hasEndpoint());
    }
}
