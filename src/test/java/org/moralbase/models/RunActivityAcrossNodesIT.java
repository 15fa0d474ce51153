package org.moralbase.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.security.CurrentUser;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The comparison views hear of a run that executes on another node of a cluster (decision 0041): no event reaches
 * this node, so while a view listens, the run counts as changed at each catch-up (1 s in tests) and as ended once it
 * no longer runs. The run here is a row written as another node would, its lease held by that node.
 */
class RunActivityAcrossNodesIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelRunRepository runs;

    @Autowired
    RunActivity activity;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aRunOnAnotherNodeIsToldAsChangingThenAsEnded() throws Exception {
        logins.signIn(logins.createUser("rana", Roles.RESEARCHER));
        long study = studies.create("Elsewhere", "MORAL_MACHINE").id();
        ModelSummary model =
                registry.create(ScriptedModels.at("http://127.0.0.1:9/v1", "Elsewhere " + System.nanoTime()));
        long runId = runs.save(ModelRun.asked(
                        model.id(),
                        study,
                        "MORAL_MACHINE",
                        "{}",
                        1,
                        1,
                        1,
                        1,
                        false,
                        1,
                        currentUser.requireId(),
                        Instant.now()))
                .getId();
        jdbc.update(
                "INSERT INTO lease (name, node_id, lease_until, heartbeat) VALUES (?, 'other-node', ?, ?)",
                "run:" + runId,
                Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))),
                Timestamp.from(Instant.now()));

        List<RunChange> told = new CopyOnWriteArrayList<>();
        try (AutoCloseable listening = activity.subscribe(told::add)) {
            await(() -> told.contains(new RunChange(runId, false)));
            assertThat(told).doesNotContain(new RunChange(runId, true));
            jdbc.update(
                    "UPDATE model_run SET status = 'FINISHED', finished_at = ? WHERE id = ?",
                    Timestamp.from(Instant.now()),
                    runId);
            await(() -> told.contains(new RunChange(runId, true)));
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(done.getAsBoolean()).as("told within 10 s").isTrue();
    }
}
