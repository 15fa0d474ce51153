package org.moralbase.audit.ui;

import java.util.Locale;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;

/**
 * How the audit page words a line: what it was done to ("account alice", "run 12", "study 3"), never "user null",
 * and a failed sign-in's reason in plain words. Older lines (a sign-in stored without the account's id) read the
 * same way.
 */
final class AuditWords {

    private static final Map<String, String> TYPES = Map.of(
            "user", "account",
            "model_run", "run",
            "annotation_project", "annotation project");

    private static final Map<String, String> REASONS = Map.of(
            "BadCredentialsException", "wrong password or unknown account",
            "LockedException", "account locked",
            "DisabledException", "account disabled",
            "AccountExpiredException", "account expired",
            "CredentialsExpiredException", "password expired");

    private AuditWords() {}

    /** The "On" column: the target in words, with its id when there is one. */
    static String on(AuditEntry e) {
        if (e.action() == AuditAction.LOGIN) {
            return "account " + e.actor();
        }
        if (e.action() == AuditAction.LOGIN_FAILED) {
            String name = failedName(e.detail());
            return name == null ? "" : "account " + name;
        }
        if (e.targetType() == null) {
            return "";
        }
        String type = TYPES.getOrDefault(e.targetType(), e.targetType().replace('_', ' '));
        return e.targetId() == null || "null".equals(e.targetId()) ? type : type + " " + e.targetId();
    }

    /** The "Detail" column; a failed sign-in says why in words, a sign-in says nothing more. */
    static String detail(AuditEntry e) {
        if (e.action() == AuditAction.LOGIN) {
            return "";
        }
        if (e.action() == AuditAction.LOGIN_FAILED && e.detail() != null) {
            int colon = e.detail().lastIndexOf(": ");
            if (colon >= 0) {
                String reason = e.detail().substring(colon + 2).strip();
                return REASONS.getOrDefault(reason, reason.toLowerCase(Locale.ROOT));
            }
        }
        return e.detail() == null ? "" : e.detail();
    }

    private static String failedName(String detail) {
        if (detail == null) {
            return null;
        }
        int colon = detail.lastIndexOf(": ");
        return colon > 0 ? detail.substring(0, colon) : null;
    }
}
