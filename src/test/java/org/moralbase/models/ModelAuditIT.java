package org.moralbase.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.comparison.ModelImportService;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry and runs leave an audit trail: who changed which model, key or run, and never a key's text. */
class ModelAuditIT extends IntegrationTest {

    private static final String FIRST_KEY = "sk-audit-first-51c0ffee9d";
    private static final String SECOND_KEY = "sk-audit-second-7e4a11b2f3";
    private static final String KEY_VARIABLE = "MORALBASE_KEY_AUDIT_IT";

    static WireMockServer server;
    static boolean masterKeySetHere;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    ModelImportService imports;

    @Autowired
    RunExecutor executor;

    @Autowired
    AuditService audit;

    @BeforeAll
    static void startServer() {
        server = ScriptedModels.start(200); // slow, so the run is still going when it is paused and cancelled
        masterKeySetHere = TestMasterKey.setIfMissing();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        TestMasterKey.clear(masterKeySetHere);
    }

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private static ModelSpec spec(String name, KeySource source, String envVar, String key) {
        return ScriptedModels.spec(server, name, 7.0, null, source, envVar, key);
    }

    @Test
    void registryChangesKeyChangesRunStepsAndImportsAreAuditedWithoutAnyKeyText() throws Exception {
        String user = logins.createUser("auditor", Roles.RESEARCHER);
        logins.signIn(user);
        String name = "Audited " + System.nanoTime();

        ModelSummary model = registry.create(spec(name, KeySource.STORED, null, FIRST_KEY));
        registry.update(model.id(), spec(name, KeySource.STORED, null, SECOND_KEY)); // a new stored key
        registry.update(model.id(), spec(name, KeySource.STORED, null, null)); // the key kept: no key entry
        registry.update(model.id(), spec(name, KeySource.ENV_VAR, KEY_VARIABLE, null));
        registry.update(model.id(), spec(name, KeySource.NONE, null, null));

        assertThat(actions("model", model.id()))
                .containsExactly(
                        AuditAction.MODEL_CREATED,
                        AuditAction.MODEL_KEY_SET,
                        AuditAction.MODEL_UPDATED,
                        AuditAction.MODEL_KEY_SET,
                        AuditAction.MODEL_UPDATED,
                        AuditAction.MODEL_UPDATED,
                        AuditAction.MODEL_KEY_SET,
                        AuditAction.MODEL_UPDATED,
                        AuditAction.MODEL_KEY_CLEARED);
        List<AuditEntry> modelEntries = audit.forTarget("model", model.id(), 50);
        assertThat(modelEntries).allSatisfy(e -> assertThat(e.actor()).isEqualTo(user));
        assertThat(details(modelEntries))
                .contains(
                        "stored key (encrypted); was no key",
                        "new stored key (encrypted); was stored key (encrypted)",
                        "environment variable " + KEY_VARIABLE + "; was stored key (encrypted)",
                        "was environment variable " + KEY_VARIABLE);

        long study = studies.create("Audited runs", MoralMachineKind.ID).id();
        long runId = runs.start(
                        new RunRequest(model.id(), study, 1, 1, 7L, false, Map.of("scenarios", String.valueOf(40))))
                .id();
        runs.pause(runId);
        runs.resume(runId);
        runs.cancel(runId);
        assertThat(executor.awaitEnd(runId, Duration.ofMinutes(2))).isTrue();
        assertThat(actions("model_run", runId))
                .containsExactly(
                        AuditAction.RUN_STARTED,
                        AuditAction.RUN_PAUSED,
                        AuditAction.RUN_RESUMED,
                        AuditAction.RUN_CANCELLED);
        assertThatThrownBy(() -> registry.delete(model.id()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has runs");

        ModelSummary imported = registry.create(spec(name + " imported", KeySource.NONE, null, null));
        long importedRun = imports.importSharedResponses(
                imported.id(), SimulatedAnswers.sharedResponses(50, 3, null), "answers.csv");
        assertThat(actions("model_run", importedRun)).containsExactly(AuditAction.IMPORT);
        assertThat(details(audit.forTarget("model_run", importedRun, 5)))
                .anyMatch(d -> d.startsWith("imported 50 answers from answers.csv"));

        ModelSummary spare = registry.create(spec(name + " spare", KeySource.NONE, null, null));
        registry.delete(spare.id());
        assertThat(registry.find(spare.id())).isEmpty();
        assertThat(actions("model", spare.id())).containsExactly(AuditAction.MODEL_CREATED, AuditAction.MODEL_DELETED);

        logins.signOut();
        logins.asAdmin(() -> {
            List<AuditEntry> everything = audit.list(null, 0, 500);
            assertThat(everything).isNotEmpty();
            assertThat(everything).as("no audit line holds a key").allSatisfy(e -> assertThat(
                            String.valueOf(e.detail()) + e.targetId() + e.actor())
                    .doesNotContain(FIRST_KEY, SECOND_KEY, "sk-audit"));
        });
    }

    /** The target's actions, oldest first. */
    private List<AuditAction> actions(String targetType, long id) {
        List<AuditAction> out = new ArrayList<>(audit.forTarget(targetType, id, 50).stream()
                .map(AuditEntry::action)
                .toList());
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<String> details(List<AuditEntry> entries) {
        return entries.stream().map(e -> String.valueOf(e.detail())).toList();
    }
}
