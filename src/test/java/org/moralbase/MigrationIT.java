package org.moralbase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The migrations of decisions 0012 and 0014 on a MariaDB database filled by the earlier schema (V0052): the model
 * answers of the three old tables end up in one store, one for one, and the kinds' side tables refer to sessions and
 * responses by key, with every row kept; choice-pair items name a format of the registry. Each fact is read from the old tables before migrating and compared with the same
 * fact read from the new ones, and a few are also spelled out by hand. Runs on a scratch database of its own
 * ({@code ./moralbase test} makes it: MORALBASE_MIGRATION_DB_URL).
 */
class MigrationIT {

    private static final String OLD_SCHEMA = "0052";

    private static JdbcTemplate db;
    private static Flyway flyway;

    // read before migrating: the old tables' rows as facts in the new terms
    private static List<Map<String, Object>> choicePairModelAnswers;
    private static List<Map<String, Object>> dvbModelResults;
    private static List<Map<String, Object>> askedAnswers;
    private static List<Map<String, Object>> choicePairResponses;
    private static List<Map<String, Object>> dvbAssignments;
    private static long modelAnswerRows;

    @BeforeAll
    static void migrateAFilledOldDatabase() throws Exception {
        String url = System.getenv("MORALBASE_MIGRATION_DB_URL");
        assertThat(url)
                .as("start with ./moralbase test, which makes the scratch database")
                .startsWith("jdbc:mariadb:");
        DriverManagerDataSource source = new DriverManagerDataSource(
                url, System.getenv("MORALBASE_DB_USER"), System.getenv("MORALBASE_DB_PASSWORD"));
        db = new JdbcTemplate(source);
        flyway = Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .target(OLD_SCHEMA)
                .load()
                .migrate();
        try (var connection = source.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("migration/old-schema-data.sql"));
        }

        choicePairModelAnswers = db.queryForList(
                "SELECT a.study_id, a.model, i.item_key, a.choice AS option_chosen, a.shown_order, a.raw_answer"
                        + " FROM choice_pair_model_answer a JOIN choice_pair_item i ON i.id = a.item_id"
                        + " ORDER BY a.id");
        dvbModelResults = db.queryForList("SELECT r.study_id, r.model, r.item_key, r.generalization,"
                + " CASE WHEN r.success THEN 1 ELSE 0 END AS success, r.model_choice"
                + " FROM dvb_model_result r ORDER BY r.id");
        askedAnswers = db.queryForList(
                "SELECT run_id, prompt_index, chosen_case AS chosen, valid, failure_type, latency_ms, raw_text"
                        + " FROM model_answer ORDER BY run_id, prompt_index");
        choicePairResponses = db.queryForList(
                "SELECT c.study_id, p.id AS session_id, c.position, c.item_id, c.swapped, c.choice, c.reason,"
                        + " c.answered_at, c.response_time_ms FROM choice_pair_response c"
                        + " JOIN participant_session p ON p.public_id = c.session_public_id ORDER BY c.id");
        dvbAssignments = db.queryForList(
                "SELECT a.study_id, p.id AS session_id, a.position, a.item_id, a.condition_id, a.kind, a.swapped,"
                        + " a.choice, a.generalized, a.answered_at, a.response_time_ms FROM dvb_assignment a"
                        + " JOIN participant_session p ON p.public_id = a.session_public_id ORDER BY a.id");
        modelAnswerRows = count("SELECT COUNT(*) FROM model_answer");

        flyway.migrate();
    }

    private static long count(String sql, Object... args) {
        Long n = db.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void everyImportedChoicePairAnswerIsAnAnswerOfItsModelsImportedRunOnTheStudy() {
        // the option in the item's own labels, read back from the position shown (an unknown order reads as written)
        List<Map<String, Object>> moved = db.queryForList("SELECT r.study_id, m.name AS model, a.item_key,"
                + " CASE WHEN NOT a.valid THEN NULL"
                + "      WHEN (a.chosen_position = 1) = (a.shown_order IS NULL OR a.shown_order = 'AB') THEN 'A'"
                + "      ELSE 'B' END AS option_chosen, a.shown_order, a.raw_text AS raw_answer"
                + " FROM model_answer a JOIN model_run r ON r.id = a.run_id JOIN model m ON m.id = r.model_ref"
                + " WHERE r.source = 'IMPORTED' AND r.kind = 'CHOICE_PAIR' ORDER BY r.id, a.prompt_index");
        assertThat(moved).containsExactlyInAnyOrderElementsOf(choicePairModelAnswers);
        assertThat(choicePairModelAnswers).hasSize(5);
    }

    @Test
    void everyReleasedDvbResultRowIsKeptWithItsVerdictAndAFailedCallAsAFailure() {
        List<Map<String, Object>> moved = db.queryForList("SELECT r.study_id, m.name AS model, a.item_key,"
                + " CASE WHEN NOT a.valid THEN 'UNPARSEABLE'"
                + "      WHEN (a.chosen_position = 1) = (i.expected_choice = 'A') THEN 'GENERALIZED'"
                + "      ELSE 'NOT_GENERALIZED' END AS generalization,"
                + " CASE WHEN a.failure_type IS NULL THEN 1 ELSE 0 END AS success, a.raw_text AS model_choice"
                + " FROM model_answer a JOIN model_run r ON r.id = a.run_id JOIN model m ON m.id = r.model_ref"
                + " JOIN dvb_item i ON i.study_id = r.study_id AND i.item_key = a.item_key"
                + " WHERE r.source = 'IMPORTED' AND r.kind = 'DEEP_VALUE'");
        assertThat(moved).containsExactlyInAnyOrderElementsOf(dvbModelResults);
        assertThat(count("SELECT COUNT(*) FROM model_answer WHERE failure_type = 'NO_ANSWER'"))
                .isEqualTo(1);
    }

    @Test
    void answersAskedByRunsKeepEveryValueAndMoralMachineScenariosBecomeItems() {
        assertThat(db.queryForList("SELECT run_id, prompt_index, chosen_position AS chosen, valid, failure_type,"
                        + " latency_ms, raw_text FROM model_answer WHERE run_id IN (600, 601, 602)"
                        + " ORDER BY run_id, prompt_index"))
                .isEqualTo(askedAnswers);
        assertThat(db.queryForList(
                        "SELECT item_key, shown_order FROM model_answer WHERE run_id = 600 ORDER BY prompt_index"))
                .extracting(r -> r.get("item_key"), r -> r.get("shown_order"))
                .containsExactly(tuple("s1", "AB"), tuple("s1", "AB"), tuple("s2", "AB"), tuple("s2", "AB"));
        assertThat(count("SELECT COUNT(*) FROM model_answer"))
                .isEqualTo(modelAnswerRows + choicePairModelAnswers.size() + dvbModelResults.size());
        assertThat(count("SELECT SUM(latency_ms) FROM model_answer")).isEqualTo(300 + 310 + 320 + 4 * 100);
    }

    @Test
    void runsNameTheirKindAndAMoralMachineRunKeepsItsDesignAsSettings() {
        assertThat(db.queryForList("SELECT id, kind, item_count, settings FROM model_run WHERE id IN (600, 601, 602)"
                        + " ORDER BY id"))
                .extracting(r -> r.get("id"), r -> r.get("kind"), r -> r.get("item_count"), r -> r.get("settings"))
                .containsExactly(
                        tuple(
                                600L,
                                "MORAL_MACHINE",
                                2,
                                "{\"scenarios\":\"2\",\"design\":\"TAKEMOTO\",\"originalOrder\":\"false\","
                                        + "\"stimuli\":\"ALL\"}"),
                        tuple(601L, "MORAL_MACHINE", 1, null),
                        tuple(602L, "CHOICE_PAIR", 2, null));
        // one imported run per study and model, each with a unique import key
        assertThat(db.queryForList("SELECT m.name, r.study_id, r.total_prompts, r.import_key FROM model_run r"
                        + " JOIN model m ON m.id = r.model_ref WHERE r.import_key IS NOT NULL ORDER BY r.id"))
                .extracting(r -> r.get("name"), r -> r.get("study_id"), r -> r.get("total_prompts"))
                .containsExactlyInAnyOrder(
                        tuple("gpt-x", 11L, 4),
                        tuple("small-lm", 11L, 1),
                        tuple("gpt-x", 12L, 3),
                        tuple("claude-y", 12L, 2));
    }

    @Test
    void modelNamesWithoutARegistryEntryGetOneMarkedImportedAndKnownNamesKeepTheirs() {
        assertThat(db.queryForList("SELECT name, imported, base_url FROM model ORDER BY name"))
                .extracting(r -> r.get("name"), r -> r.get("imported"), r -> r.get("base_url"))
                .containsExactly(
                        tuple("claude-y", true, null),
                        tuple("gpt-x", false, "http://127.0.0.1:9/v1"),
                        tuple("small-lm", true, null));
    }

    @Test
    void theKindsSideTablesKeepEveryRowAndReferToTheSessionAndTheResponse() {
        assertThat(db.queryForList("SELECT study_id, session_id, position, item_id, swapped, choice, reason,"
                        + " answered_at, response_time_ms FROM choice_pair_response ORDER BY id"))
                .isEqualTo(choicePairResponses);
        assertThat(count("SELECT COUNT(*) FROM choice_pair_response c JOIN response r ON r.id = c.response_id"
                        + " WHERE r.session_id = c.session_id AND r.position = c.position"))
                .isEqualTo(3);
        assertThat(db.queryForList("SELECT study_id, session_id, position, item_id, condition_id, kind, swapped,"
                        + " choice, generalized, answered_at, response_time_ms FROM dvb_assignment ORDER BY id"))
                .isEqualTo(dvbAssignments);
        assertThat(db.queryForList("SELECT position, response_id FROM dvb_assignment ORDER BY position"))
                .extracting(r -> r.get("position"), r -> r.get("response_id"))
                .containsExactly(tuple(1, 1003L), tuple(2, null));
        assertThat(count("SELECT SUM(response_time_ms) FROM choice_pair_response"))
                .isEqualTo(1200 + 2300);
    }

    @Test
    void choicePairItemsFromAGenericFileNameTheGenericCsvFormatOfTheRegistry() {
        // V0070 (decision 0014): GENERIC cannot tell CSV from JSON Lines; both write the same distribution file
        assertThat(db.queryForList("SELECT item_key, source_format FROM choice_pair_item ORDER BY id"))
                .extracting(r -> r.get("item_key"), r -> r.get("source_format"))
                .containsExactly(tuple("k1", "GENERIC_CSV"), tuple("k2", "GENERIC_CSV"));
    }
}
