package org.moralbase.audit;

/** What happened. Stored by name: add new values at will, never rename one. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    USER_CREATED,
    USER_ROLES_CHANGED,
    USER_ENABLED,
    USER_DISABLED,
    USER_UNLOCKED,
    USER_PASSWORD_RESET,
    USER_PASSWORD_CHANGED,
    /** An account turned on its TOTP second factor (decision 0035). */
    TWO_FACTOR_ENROLLED,
    /** A second factor removed, by its account or by an admin (the detail says which). */
    TWO_FACTOR_REMOVED,
    /** A one-time recovery code was used in place of a TOTP code (the detail: how many are left). */
    TWO_FACTOR_RECOVERY_USED,
    STUDY_CREATED,
    STUDY_UPDATED,
    STUDY_STATUS_CHANGED,
    STUDY_SHARED,
    STUDY_UNSHARED,
    STUDY_DELETED,
    STUDY_ARCHIVED,
    STUDY_RESTORED,
    /** A new draft made from another study's settings and items (the detail names the original). */
    STUDY_DUPLICATED,
    EXPORT,
    SESSION_EXCLUDED,
    SESSION_INCLUDED,
    PLATFORM_IDS_DROPPED,
    PARTICIPANT_ERASED,
    IMPORT,
    MODEL_CREATED,
    MODEL_UPDATED,
    MODEL_DELETED,
    /** A model's key now comes from somewhere new (the detail names where, never the key). */
    MODEL_KEY_SET,
    MODEL_KEY_CLEARED,
    /** A model was shared with a researcher (the detail names whom), or taken back. */
    MODEL_SHARED,
    MODEL_UNSHARED,
    RUN_STARTED,
    RUN_PAUSED,
    RUN_RESUMED,
    RUN_CANCELLED,
    /** A study's webhook was added (the detail names its address and events, never its secret), or removed. */
    WEBHOOK_CREATED,
    WEBHOOK_DELETED,
    /** A webhook got a new signing secret (the previous one signs beside it for a day; neither is in the detail). */
    WEBHOOK_SECRET_ROTATED,
    /** A personal access token of the REST API was made (the detail names it, never the secret). */
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    /** A REST API request that changed or exported data (the detail: method, path, token, status). */
    API_REQUEST;

    /** As the audit page names it: "Model key set" for {@code MODEL_KEY_SET}. */
    public String label() {
        switch (this) {
            case LOGIN -> {
                return "Signed in";
            }
            case LOGIN_FAILED -> {
                return "Sign-in failed";
            }
            default -> {}
        }
        String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
