package org.moralbase.models.registry;

import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.models.KeySource;
import org.moralbase.models.domain.RegisteredModel;

/**
 * The registry's audit lines: what happened to a model, and where its key comes from when that changed or a
 * new key was entered. A key itself never reaches the log.
 */
public final class RegistryAudit {

    static final String TARGET = "model";

    /** Where a model's key came from before a change. */
    public record KeyOrigin(KeySource source, String envVar) {

        static final KeyOrigin NONE = new KeyOrigin(KeySource.NONE, null);

        public static KeyOrigin of(RegisteredModel m) {
            return new KeyOrigin(KeyVault.sourceOf(m), m.getKeyEnvVar());
        }

        @Override
        public String toString() {
            return switch (source) {
                case NONE -> "no key";
                case ENV_VAR -> "environment variable " + envVar;
                case STORED -> "stored key (encrypted)";
            };
        }
    }

    private final AuditService audit;

    public RegistryAudit(AuditService audit) {
        this.audit = audit;
    }

    public void created(RegisteredModel m) {
        audit.record(AuditAction.MODEL_CREATED, TARGET, m.getId(), describe(m));
        key(m, KeyOrigin.NONE, false);
    }

    /** After an update; {@code keyEntered}: the form carried a new key. */
    public void updated(RegisteredModel m, KeyOrigin before, boolean keyEntered) {
        audit.record(AuditAction.MODEL_UPDATED, TARGET, m.getId(), describe(m));
        key(m, before, keyEntered);
    }

    public void deleted(RegisteredModel m) {
        audit.record(AuditAction.MODEL_DELETED, TARGET, m.getId(), describe(m));
    }

    public void shared(RegisteredModel m, String username) {
        audit.record(AuditAction.MODEL_SHARED, TARGET, m.getId(), describe(m) + " with " + username);
    }

    public void unshared(RegisteredModel m, String username) {
        audit.record(AuditAction.MODEL_UNSHARED, TARGET, m.getId(), describe(m) + " from " + username);
    }

    private void key(RegisteredModel m, KeyOrigin before, boolean keyEntered) {
        KeyOrigin after = KeyOrigin.of(m);
        boolean newKey = keyEntered && after.source() == KeySource.STORED;
        if (after.source() == KeySource.NONE) {
            if (before.source() != KeySource.NONE) {
                audit.record(AuditAction.MODEL_KEY_CLEARED, TARGET, m.getId(), "was " + before);
            }
        } else if (newKey || !after.equals(before)) {
            audit.record(
                    AuditAction.MODEL_KEY_SET, TARGET, m.getId(), (newKey ? "new " : "") + after + "; was " + before);
        }
    }

    private static String describe(RegisteredModel m) {
        return "\"" + m.getName() + "\" " + m.getProviderKind() + " " + m.getModelId();
    }
}
