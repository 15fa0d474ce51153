package org.moralbase.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;

class AuditWordsTest {

    private static AuditEntry entry(String actor, AuditAction action, String type, String id, String detail) {
        return new AuditEntry(1, Instant.EPOCH, actor, action, type, id, detail);
    }

    @Test
    void aSignInNamesTheAccountNeverUserNull() {
        AuditEntry old = entry("alice", AuditAction.LOGIN, "user", null, null); // stored before the account's id
        AuditEntry now = entry("alice", AuditAction.LOGIN, "user", "7", "alice");
        for (AuditEntry e : new AuditEntry[] {old, now}) {
            assertThat(AuditWords.on(e)).isEqualTo("account alice");
            assertThat(AuditWords.detail(e)).isEmpty();
        }
        assertThat(AuditAction.LOGIN.label()).isEqualTo("Signed in");
    }

    @Test
    void aFailedSignInSaysWhoAndWhyInWords() {
        AuditEntry e = entry("anonymous", AuditAction.LOGIN_FAILED, "user", null, "bob: BadCredentialsException");
        assertThat(AuditWords.on(e)).isEqualTo("account bob");
        assertThat(AuditWords.detail(e)).isEqualTo("wrong password or unknown account");
        assertThat(AuditAction.LOGIN_FAILED.label()).isEqualTo("Sign-in failed");
    }

    @Test
    void otherTargetsInWordsWithTheirIds() {
        assertThat(AuditWords.on(entry("a", AuditAction.RUN_PAUSED, "model_run", "12", null)))
                .isEqualTo("run 12");
        assertThat(AuditWords.on(entry("a", AuditAction.STUDY_CREATED, "annotation_project", "3", "x")))
                .isEqualTo("annotation project 3");
        assertThat(AuditWords.on(entry("a", AuditAction.EXPORT, "study", null, "x")))
                .isEqualTo("study");
        assertThat(AuditWords.on(entry("a", AuditAction.EXPORT, null, null, "x")))
                .isEmpty();
        assertThat(AuditWords.detail(entry("a", AuditAction.RUN_PAUSED, "model_run", "12", null)))
                .isEmpty();
        assertThat(AuditAction.MODEL_KEY_SET.label()).isEqualTo("Model key set");
    }
}
