package org.moralbase.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.models.runs.RunExecutor;
import org.moralbase.security.AccountRef;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 item 9: a model belongs to its owner. Another researcher does not see it until it is shared with them on
 * purpose (audited, and taken back the same way), and even then cannot run it on the owner's key.
 */
class ModelOwnershipIT extends IntegrationTest {

    private static final String PAIRS = "id,context,option_a,option_b\nk1,A wallet.,Hand it in,Keep it\n";

    static WireMockServer server;
    static boolean masterKeySetHere;

    @Autowired
    TestLogins logins;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunService runs;

    @Autowired
    ModelConnection connection;

    @Autowired
    RunExecutor executor;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems pairItems;

    @Autowired
    AuditService audit;

    @BeforeAll
    static void startServer() {
        server = ScriptedModels.start(0);
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

    private RunRequest request(long modelId, long studyId) {
        return new RunRequest(modelId, studyId, 1, 1, 5L, false, Map.of());
    }

    private boolean listed(long modelId) {
        return registry.list(0, 1000).stream().anyMatch(m -> m.id() == modelId);
    }

    @Test
    void aModelIsItsOwnersSharedOnPurposeAndItsKeyServesOnlyTheOwnersRuns() throws Exception {
        String owner = logins.createUser("owner", Roles.RESEARCHER);
        String other = logins.createUser("other", Roles.RESEARCHER);

        logins.signIn(owner);
        ModelSummary model = registry.create(ScriptedModels.spec(
                server, "Owned " + System.nanoTime(), 1.0, null, KeySource.STORED, null, "sk-owner-secret-0001"));
        long id = model.id();
        assertThat(listed(id)).isTrue();

        logins.signIn(other);
        long studyId = studies.create("Other's study", ChoicePairKind.ID).id();
        pairItems.importDataset(studyId, FormatChoice.DETECT, DatasetSource.ofText("pairs.csv", PAIRS));
        assertThat(listed(id)).as("not shared: not listed").isFalse();
        assertThat(registry.names()).doesNotContain(model.name());
        assertThat(registry.find(id)).isEmpty();
        assertThatThrownBy(() -> runs.start(request(id, studyId))).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> connection.test(id)).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> registry.update(id, ModelSpec.of(model))).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> registry.share(id, other)).isInstanceOf(ModelNotFoundException.class);
        assertThat(registry.sharedWith(id)).isEmpty();

        logins.signIn(owner);
        registry.share(id, other);
        assertThat(registry.sharedWith(id)).extracting(AccountRef::username).containsExactly(other);

        logins.signIn(other);
        ModelSummary seen = registry.find(id).orElseThrow();
        assertThat(listed(id)).isTrue();
        assertThat(registry.manages(seen)).isFalse();
        assertThat(registry.runnable(seen)).isFalse();
        assertThatThrownBy(() -> runs.start(request(id, studyId)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only its owner's runs may use");
        ConnectionResult test = connection.test(id).get(40, TimeUnit.SECONDS);
        assertThat(test.ok()).isFalse();
        assertThat(test.message()).startsWith("API key: ").endsWith("Nothing was sent.");
        assertThatThrownBy(() -> registry.share(id, owner))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only the model's owner or an admin can share it");
        assertThatThrownBy(() -> registry.update(id, ModelSpec.of(seen)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only the model's owner or an admin can change it");

        // an admin sees every model but does not spend a researcher's key either
        logins.asAdmin(() -> {
            assertThat(registry.find(id)).isPresent();
            assertThat(connection.test(id).join().message()).startsWith("API key: ");
            ModelSpec kept = ModelSpec.of(registry.find(id).orElseThrow());
            ModelSpec moved = with(kept, server.baseUrl() + "/elsewhere", kept.keySource(), kept.keyEnvVar());
            assertThatThrownBy(() -> registry.update(id, moved))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Base URL: only the model's owner may send its key to a new address");
        });

        logins.signIn(owner);
        ModelSpec current = ModelSpec.of(registry.find(id).orElseThrow());
        ModelSpec keyless = with(current, current.baseUrl(), KeySource.NONE, null);
        registry.update(id, keyless);

        logins.signIn(other);
        assertThat(registry.runnable(registry.find(id).orElseThrow())).isTrue();
        RunSummary run = runs.start(request(id, studyId));
        assertThat(executor.awaitEnd(run.id(), Duration.ofMinutes(1))).isTrue();

        logins.signIn(owner);
        registry.unshare(id, registry.sharedWith(id).getFirst().id());
        assertThat(registry.sharedWith(id)).isEmpty();

        logins.signIn(other);
        assertThat(listed(id)).as("unshared: gone").isFalse();
        assertThat(registry.find(id)).isEmpty();
        assertThatThrownBy(() -> runs.start(request(id, studyId))).isInstanceOf(ModelNotFoundException.class);
        assertThat(runs.find(run.id())).as("the run stays its creator's").isPresent();

        List<AuditEntry> events = audit.forTarget("model", id, 20);
        assertThat(events)
                .extracting(AuditEntry::action)
                .contains(AuditAction.MODEL_SHARED, AuditAction.MODEL_UNSHARED);
        assertThat(events.stream()
                        .filter(e -> e.action() == AuditAction.MODEL_SHARED)
                        .findFirst()
                        .orElseThrow()
                        .detail())
                .endsWith(" with " + other);
    }

    private static ModelSpec with(ModelSpec s, String baseUrl, KeySource keySource, String keyEnvVar) {
        return new ModelSpec(
                s.name(),
                s.family(),
                s.parametersBillions(),
                s.reasoning(),
                s.releaseDate(),
                s.kind(),
                baseUrl,
                s.modelId(),
                s.temperature(),
                s.topP(),
                s.maxTokens(),
                s.seed(),
                s.timeoutSeconds(),
                s.systemPromptOverride(),
                keySource,
                keyEnvVar,
                null);
    }
}
