package org.moralbase.models;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.models.client.ModelEndpoint;
import org.moralbase.models.client.Sampling;
import org.moralbase.models.client.Secret;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModel;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.models.registry.KeyVault;
import org.moralbase.models.registry.ModelEndpoints;
import org.moralbase.models.registry.RegistryAudit;
import org.moralbase.security.AccountDirectory;
import org.moralbase.security.AccountRef;
import org.moralbase.security.CurrentUser;
import org.moralbase.stats.scaling.ModelFamily;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model registry. A model belongs to the researcher who registered it: its owner, admins and the researchers it
 * was shared with on purpose see it, others get "not found" (decision 0038); only the owner or an admin edits,
 * deletes, shares or unshares one. Its key serves its owner's runs only ({@link ModelEndpoints}). A key entered here is encrypted at once and never returned: summaries say only whether
 * one is set. Every change is audited; key changes say where the key comes from, never the key.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ModelRegistryService {

    private final RegisteredModelRepository models;
    private final ModelRunRepository runs;
    private final KeyVault vault;
    private final ModelEndpoints endpoints;
    private final ModelAccess access;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final RegistryAudit audit;
    private final Clock clock;

    ModelRegistryService(
            RegisteredModelRepository models,
            ModelRunRepository runs,
            KeyVault vault,
            ModelEndpoints endpoints,
            ModelAccess access,
            AccountDirectory directory,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.models = models;
        this.runs = runs;
        this.vault = vault;
        this.endpoints = endpoints;
        this.access = access;
        this.directory = directory;
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

    /** The models the signed-in account sees, by name. */
    @Transactional(readOnly = true)
    public List<ModelSummary> list(int offset, int limit) {
        int size = Math.max(limit, 1);
        return access.page(PageRequest.of(offset / size, size)).stream()
                .map(ModelRegistryService::summary)
                .toList();
    }

    /** The names of the models the signed-in account sees, in order. */
    @Transactional(readOnly = true)
    public List<String> names() {
        return access.page(Pageable.unpaged()).stream()
                .map(RegisteredModel::getName)
                .toList();
    }

    /** One model, if the signed-in account sees it. */
    @Transactional(readOnly = true)
    public Optional<ModelSummary> find(long id) {
        return models.findById(id).filter(access::sees).map(ModelRegistryService::summary);
    }

    /** Whether the signed-in account may edit, delete, share or unshare the model (its owner, or an admin). */
    public boolean manages(ModelSummary model) {
        return currentUser.isAdmin() || model.ownerId() == currentUser.requireId();
    }

    /**
     * Whether a run or connection test by the signed-in account may use the model: it needs no key, or the account
     * owns it (a key serves its owner's runs only, admins included).
     */
    public boolean runnable(ModelSummary model) {
        return model.keySource() == KeySource.NONE || model.ownerId() == currentUser.requireId();
    }

    /** Shares a model with another researcher, by username. Only its owner or an admin may. */
    @Transactional
    public void share(long id, String username) {
        RegisteredModel model = owned(id, "share");
        AccountRef other = directory.shareTarget(username);
        if (other.id() != model.getOwnerId() && model.shareWith(other.id())) {
            audit.shared(model, other.username());
        }
    }

    /** Takes a model away from a researcher it was shared with. Only its owner or an admin may. */
    @Transactional
    public void unshare(long id, long accountId) {
        RegisteredModel model = owned(id, "unshare");
        if (model.unshareWith(accountId)) {
            String name = directory.usernameOf(accountId);
            audit.unshared(model, name);
        }
    }

    /** The researchers a model is shared with, by username (empty if the model is not visible). */
    @Transactional(readOnly = true)
    public List<AccountRef> sharedWith(long id) {
        Set<Long> ids = models.findById(id)
                .filter(access::sees)
                .map(RegisteredModel::getSharedWith)
                .orElse(Set.of());
        return directory.byIds(ids).values().stream()
                .sorted(Comparator.comparing(AccountRef::username))
                .toList();
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
        boolean keyKept = keyBefore.source() != KeySource.NONE
                && spec.keySource() != null
                && spec.keySource() != KeySource.NONE
                && (spec.newKey() == null || spec.newKey().isBlank());
        String newUrl = spec.baseUrl() == null ? "" : spec.baseUrl().strip();
        // an admin may edit a researcher's model, but not send the owner's key to an address of the admin's choosing
        ModelSpec.check(
                !keyKept || model.getOwnerId() == currentUser.requireId() || newUrl.equals(model.getBaseUrl()),
                "Base URL: only the model's owner may send its key to a new address; choose no key or enter a new one");
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
        RegisteredModel model = access.visible(id);
        if (!access.manages(model)) {
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
        endpoints.addressProblem(url).ifPresent(why -> {
            throw new IllegalArgumentException("Base URL: " + why);
        });
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
                m.hasEndpoint(),
                m.getOwnerId());
    }
}
