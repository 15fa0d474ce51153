package org.moralbase.models.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.moralbase.base.domain.AbstractEntity;
import org.moralbase.models.client.ProviderKind;

/** A model in the registry. The key is a variable name or a ciphertext, never a clear key. */
@Entity
@Table(name = "model")
public class RegisteredModel extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 255, unique = true)
    private String name;

    @Column(name = "family", nullable = false, length = 100)
    private String family;

    @Column(name = "parameters_billions")
    private Double parametersBillions;

    @Column(name = "reasoning", nullable = false)
    private boolean reasoning;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "provider_kind", length = 30)
    private ProviderKind providerKind;

    @Column(name = "base_url", length = 500)
    private String baseUrl;

    @Column(name = "model_id", length = 200)
    private String modelId;

    @Column(name = "temperature")
    private Double temperature;

    @Column(name = "top_p")
    private Double topP;

    @Column(name = "max_tokens")
    private Integer maxTokens;

    @Column(name = "sampling_seed")
    private Integer samplingSeed;

    @Column(name = "timeout_seconds", nullable = false)
    private int timeoutSeconds;

    @Column(name = "system_prompt_override", length = 65535)
    private String systemPromptOverride;

    @Column(name = "key_env_var", length = 100)
    private String keyEnvVar;

    @Column(name = "key_ciphertext", length = 2000)
    private String keyCiphertext;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "imported", nullable = false)
    private boolean imported;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // the researchers it was shared with on purpose (decision 0038); few, and read with every access check
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "model_share", joinColumns = @JoinColumn(name = "model_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> sharedWith = new HashSet<>();

    protected RegisteredModel() {}

    public RegisteredModel(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.timeoutSeconds = 60;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets the descriptive facts. */
    public void describe(
            String name, String family, Double parametersBillions, boolean reasoning, LocalDate releaseDate) {
        this.name = name;
        this.family = family;
        this.parametersBillions = parametersBillions;
        this.reasoning = reasoning;
        this.releaseDate = releaseDate;
    }

    /** Sets where and how the model is asked. */
    public void connect(
            ProviderKind kind,
            String baseUrl,
            String modelId,
            Double temperature,
            Double topP,
            Integer maxTokens,
            Integer samplingSeed,
            int timeoutSeconds,
            String systemPromptOverride) {
        this.providerKind = kind;
        this.baseUrl = baseUrl;
        this.modelId = modelId;
        this.temperature = temperature;
        this.topP = topP;
        this.maxTokens = maxTokens;
        this.samplingSeed = samplingSeed;
        this.timeoutSeconds = timeoutSeconds;
        this.systemPromptOverride = systemPromptOverride;
    }

    /** Sets the key settings: at most one of the two is non-null. */
    public void setKey(String envVar, String ciphertext) {
        this.keyEnvVar = envVar;
        this.keyCiphertext = ciphertext;
    }

    /** Marks an entry made by an import of answers: it has no endpoint until one is given. */
    public void markImported() {
        this.imported = true;
    }

    /** Whether the model can be asked: it has an endpoint. */
    public boolean hasEndpoint() {
        return providerKind != null && baseUrl != null && modelId != null;
    }

    public boolean isImported() {
        return imported;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getFamily() {
        return family;
    }

    public Double getParametersBillions() {
        return parametersBillions;
    }

    public boolean isReasoning() {
        return reasoning;
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public ProviderKind getProviderKind() {
        return providerKind;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getModelId() {
        return modelId;
    }

    public Double getTemperature() {
        return temperature;
    }

    public Double getTopP() {
        return topP;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public Integer getSamplingSeed() {
        return samplingSeed;
    }

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public String getSystemPromptOverride() {
        return systemPromptOverride;
    }

    public String getKeyEnvVar() {
        return keyEnvVar;
    }

    public String getKeyCiphertext() {
        return keyCiphertext;
    }

    public long getOwnerId() {
        return ownerId;
    }

    /** The accounts it is shared with. */
    public Set<Long> getSharedWith() {
        return Set.copyOf(sharedWith);
    }

    /** Shares the model with an account; false if it already was. */
    public boolean shareWith(long userId) {
        return sharedWith.add(userId);
    }

    /** Takes the model away from an account; false if it was not shared with it. */
    public boolean unshareWith(long userId) {
        return sharedWith.remove(userId);
    }

    /** True if the account owns the model or it is shared with them. */
    public boolean isVisibleTo(long userId) {
        return ownerId == userId || sharedWith.contains(userId);
    }

    /** True if a run or test by this account may use the model's key: its owner's only (decision 0038). */
    public boolean keyUsableBy(long userId) {
        return (keyEnvVar == null && keyCiphertext == null) || ownerId == userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        // never the key settings
        return "RegisteredModel[" + getId() + ", " + name + "]";
    }
}
