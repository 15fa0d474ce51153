package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.format.AmceRowReader;
import org.moralbase.moralmachine.format.MalformedResponsesException;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.SharedResponsesColumns;
import org.moralbase.moralmachine.format.SharedResponsesWriter;
import org.moralbase.participation.SessionCounts;
import org.moralbase.participation.StudyResponses;
import org.moralbase.security.TestLogins;
import org.moralbase.stats.amce.AmceAccumulator;
import org.moralbase.stats.amce.AmceEstimate;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Live AMCEs, exports and imports of Moral Machine studies, on MariaDB. */
class MoralMachineDataIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Autowired
    LiveAmce live;

    @Autowired
    StudyResponses responses;

    @Autowired
    MoralMachineExport export;

    @Autowired
    MoralMachineImport importer;

    @Autowired
    org.moralbase.participation.SessionMonitor monitor;

    @Autowired
    org.moralbase.condition.StudyConditions conditions;

    @Autowired
    org.moralbase.participation.ParticipantsExport participantsExport;

    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void theExportedCsvGivesExactlyTheLiveAmcesFedByScanAndByArrivingAnswers() throws IOException {
        String researcher = logins.createUser("mara", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Live and export", MoralMachineKind.ID).id();
        studies.setStatus(id, StudyStatus.OPEN);
        PublicStudy study = publicStudies.byId(id).orElseThrow();
        logins.signOut();

        participants.take(study, 0, 6, 100); // before anyone looks: read by the first scan
        logins.signIn(researcher);
        assertThat(live.snapshot(id).answers()).isEqualTo(6 * 13);
        logins.signOut();
        participants.take(study, 6, 9, 100); // afterwards: only the AnswerStored events bring these
        logins.signIn(researcher);
        LiveSnapshot now = live.snapshot(id);
        assertThat(now.answers()).isEqualTo(15 * 13);
        assertThat(now.participants()).isEqualTo(15);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(export.writeSharedResponses(id, csv)).isEqualTo(15 * 13 * 2);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains(String.join(",", SharedResponsesColumns.ALL));
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .matches("[0-9a-f-]{36}-1,[0-9a-f-]{36},[0-9a-f-]{36},1,.*,desktop,[01],[01],NA,.*");

        AmceAccumulator fromFile = new AmceAccumulator();
        var read = AmceRowReader.withDefaults()
                .read(new ByteArrayInputStream(csv.toByteArray()), "export.csv", fromFile::add);
        assertThat(read.rows()).isEqualTo(15 * 13 * 2);
        assertThat(read.clusters()).isEqualTo(15);
        assertSameAmces(now.amces(), fromFile.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM));
        assertThat(now.distanceToAwad2018()).isFinite().isPositive();

        ByteArrayOutputStream survey = new ByteArrayOutputStream();
        assertThat(export.writeSurveyResponses(id, survey)).isEqualTo(15);
        List<String> lines = survey.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("UserID,Review_age,Review_education,Review_gender,Review_income,Review_political,"
                        + "Review_religious");
        assertThat(lines.get(1)).endsWith(",NA,NA,NA,NA,NA,NA"); // session 0 gave no survey
        assertThat(lines.get(2)).endsWith(",21,NA,female,NA,0.25,\"0,5\"");

        SessionCounts counts = responses.counts(id);
        assertThat(counts).isEqualTo(new SessionCounts(15, 0, 13, 2, 0));
    }

    @Test
    void theAmcesOfOneConditionAreThoseOfItsParticipantsRowsInTheExport() throws IOException {
        String researcher = logins.createUser("mcond", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("By condition", MoralMachineKind.ID).id();
        conditions.replace(
                id,
                List.of(
                        new org.moralbase.condition.ConditionInput("a", "A", "Spare the many.", null),
                        new org.moralbase.condition.ConditionInput("b", "B", "Spare the young.", null)));
        studies.setStatus(id, StudyStatus.OPEN);
        PublicStudy study = publicStudies.byId(id).orElseThrow();
        logins.signOut();
        participants.take(study, 0, 12, 300);

        logins.signIn(researcher);
        ByteArrayOutputStream people = new ByteArrayOutputStream();
        participantsExport.write(id, people);
        java.util.Set<String> inA = new java.util.HashSet<>();
        java.util.Map<String, Integer> completed = new java.util.TreeMap<>(java.util.Map.of("a", 0, "b", 0));
        for (var r : org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(people.toString(StandardCharsets.UTF_8)))) {
            assertThat(r.get("condition")).isIn("a", "b");
            if (r.get("status").equals("COMPLETED")) {
                completed.merge(r.get("condition"), 1, Integer::sum);
            }
            if (r.get("condition").equals("a")) {
                inA.add(r.get("participant"));
            }
        }
        // one after another, each finishing before the next arrives: completed sessions differ by one at most
        assertThat(Math.abs(completed.get("a") - completed.get("b"))).isLessThanOrEqualTo(1);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.writeSharedResponses(id, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        StringBuilder onlyA = new StringBuilder(lines.getFirst()).append('\n');
        lines.stream().skip(1).filter(l -> inA.contains(l.split(",")[2])).forEach(l -> onlyA.append(l)
                .append('\n'));
        AmceAccumulator fromFile = new AmceAccumulator();
        AmceRowReader.withDefaults()
                .read(
                        new ByteArrayInputStream(onlyA.toString().getBytes(StandardCharsets.UTF_8)),
                        "a.csv",
                        fromFile::add);
        LiveSnapshot a = live.snapshotOfCondition(id, "a");
        assertThat(a.participants()).isEqualTo(inA.size()).isPositive();
        assertSameAmces(a.amces(), fromFile.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM));
        assertThat(live.snapshot(id).participants()).isEqualTo(12); // every condition, still live
        // every condition side by side from one scan: the same numbers, and together every participant
        var byCondition = live.snapshotsByCondition(id);
        assertThat(byCondition).containsOnlyKeys("a", "b");
        assertSameAmces(byCondition.get("a").amces(), a.amces());
        assertThat(byCondition.get("a").participants() + byCondition.get("b").participants())
                .isEqualTo(12);
        assertThat(live.snapshotOfCondition(id, "nope").answers()).isZero();
    }

    @Test
    void anExcludedParticipantLeavesTheLiveAmcesAndTheExportsAtOnceAndComesBack() throws IOException {
        String researcher = logins.createUser("mexc", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Exclusion", MoralMachineKind.ID).id();
        studies.setStatus(id, StudyStatus.OPEN);
        PublicStudy study = publicStudies.byId(id).orElseThrow();
        logins.signOut();
        participants.take(study, 0, 4, 100);
        logins.signIn(researcher);
        assertThat(live.snapshot(id).participants()).isEqualTo(4); // cached from here on
        long first = monitor.rows(id, null, 0, 10).getLast().sessionId(); // newest first: the last is the first
        assertThat(monitor.hasAttentionChecks(id)).isFalse(); // Moral Machine has none: no column, no counts
        assertThat(monitor.rows(id, null, 0, 10))
                .allSatisfy(r -> assertThat(r.attention()).isNull());

        monitor.exclude(id, first, "a bot");

        assertThat(live.snapshot(id).participants()).isEqualTo(3);
        assertThat(export.writeSharedResponses(id, new ByteArrayOutputStream())).isEqualTo(3 * 13 * 2);
        assertThat(export.writeSurveyResponses(id, new ByteArrayOutputStream())).isEqualTo(3);

        monitor.include(id, first);

        assertThat(live.snapshot(id).participants()).isEqualTo(4);
        assertThat(export.writeSharedResponses(id, new ByteArrayOutputStream())).isEqualTo(4 * 13 * 2);
    }

    @Test
    void anotherResearcherCanNeitherSeeTheLiveAmcesNorExport() {
        logins.signIn(logins.createUser("owen", Roles.RESEARCHER));
        long id = studies.create("Private", MoralMachineKind.ID).id();
        logins.signIn(logins.createUser("eve", Roles.RESEARCHER));
        assertThatThrownBy(() -> live.snapshot(id)).isInstanceOf(StudyNotFoundException.class);
        assertThatThrownBy(() -> export.writeSharedResponses(id, new ByteArrayOutputStream()))
                .isInstanceOf(StudyNotFoundException.class);
    }

    @Test
    void anImportedFileGivesItsOwnAmcesAsAClosedStudy() throws IOException {
        Path file = dir.resolve("SharedResponses.csv.gz");
        writeResponses(file, 40);
        logins.signIn(logins.createUser("ida", Roles.RESEARCHER));

        MoralMachineImport.Summary s = importer.importFile("Baseline", file, "SharedResponses.csv.gz");

        assertThat(s.participants()).isEqualTo(40);
        assertThat(s.answers()).isEqualTo(40 * 13);
        assertThat(studies.find(s.studyId()).orElseThrow().status()).isEqualTo(StudyStatus.CLOSED);
        AmceAccumulator fromFile = new AmceAccumulator();
        AmceRowReader.withDefaults().read(file, fromFile::add);
        LiveSnapshot imported = live.snapshot(s.studyId());
        assertThat(imported.participants()).isEqualTo(40);
        assertSameAmces(imported.amces(), fromFile.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM));

        // the same file again (a second click, a retried upload) makes no twin study
        int before = studies.list(0, 1000).size();
        assertThatThrownBy(() -> importer.importFile("Baseline again", file, "SharedResponses.csv.gz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This file was imported already, as the study \"Baseline\" (#" + s.studyId() + ").");
        assertThat(studies.list(0, 1000)).hasSize(before);
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndLeavesNoStudyBehind() throws IOException {
        Path good = dir.resolve("good.csv");
        writeResponses(good, 10);
        List<String> lines = Files.readAllLines(good);
        int savedColumn = SharedResponsesColumns.ALL.indexOf("Saved");
        String[] cells = lines.get(200).split(",", -1);
        cells[savedColumn] = "7";
        lines.set(200, String.join(",", cells)); // line 201 of the file
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, lines);
        logins.signIn(logins.createUser("bo", Roles.RESEARCHER));
        int before = studies.list(0, 10_000).size();

        assertThatThrownBy(() -> importer.importFile("Broken", broken, "broken.csv"))
                .isInstanceOf(MalformedResponsesException.class)
                .hasMessageContaining("broken.csv: line 201, column Saved");

        List<String> unpaired = Files.readAllLines(good).subList(0, 100); // header + 99 rows: last one alone
        Path odd = dir.resolve("odd.csv");
        Files.write(odd, unpaired);
        assertThatThrownBy(() -> importer.importFile("Odd", odd, "odd.csv"))
                .isInstanceOf(MalformedResponsesException.class)
                .hasMessageContaining("only one row");
        assertThat(studies.list(0, 10_000)).hasSize(before);
    }

    /** Awad-style rows of {@code users} respondents, 13 scenarios each, Template and country set. */
    private static void writeResponses(Path file, int users) throws IOException {
        var out = file.toString().endsWith(".gz")
                ? new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)
                : new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
        try (SharedResponsesWriter w = new SharedResponsesWriter(out)) {
            ScenarioGenerator g = ScenarioGenerator.of(GeneratorMode.AWAD, 77);
            java.util.Random random = new java.util.Random(5);
            for (int u = 0; u < users; u++) {
                int k = 0;
                for (Scenario s : g.session(u)) {
                    k++;
                    var ctx = new ResponseContext(
                            "R" + u + "x" + k, "E" + u, "U" + (1000 + u), k, "Desktop", k % 2, "FRA");
                    Side saved =
                            random.nextDouble() < (s.left().size() > s.right().size() ? 0.8 : 0.4)
                                    ? Side.LEFT
                                    : Side.RIGHT;
                    w.write(s, saved, ctx);
                }
            }
        }
    }

    private static void assertSameAmces(AmceResult live, AmceResult file) {
        for (int a = 0; a < 9; a++) {
            AmceEstimate l = live.estimates().get(a);
            AmceEstimate f = file.estimates().get(a);
            assertThat(l.rows()).as(l.attribute().displayName()).isEqualTo(f.rows());
            assertThat(l.clusters()).isEqualTo(f.clusters());
            assertThat(l.estimate()).as(l.attribute().displayName()).isCloseTo(f.estimate(), within(1e-12));
            assertThat(l.standardError()).isCloseTo(f.standardError(), within(1e-12));
        }
    }
}
