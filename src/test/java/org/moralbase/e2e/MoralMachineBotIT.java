package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.DownloadOptions;
import com.codeborne.selenide.FileDownloadMode;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.base.StandaloneSvg;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ScriptedModels;
import org.moralbase.models.SimulatedAnswers;
import org.moralbase.moralmachine.AnswerRows;
import org.moralbase.moralmachine.MoralMachineExport;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.Participants;
import org.moralbase.moralmachine.ShownScenario;
import org.moralbase.moralmachine.comparison.ModelImportService;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRowReader;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.ProlificIds;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.Source;
import org.moralbase.participation.StoredAnswer;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

/**
 * A scripted participant walks a whole Moral Machine session from a Prolific link, with known choices, a double
 * click, a reload, a key press and the description toggle, and the stored rows are checked one by one.
 */
class MoralMachineBotIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ParticipationService participation;

    @Autowired
    MoralMachineExport export;

    @Autowired
    ModelRegistryService registry;

    @Autowired
    ModelImportService imports;

    @Autowired
    Participants participants;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aProlificParticipantCompletesASessionAndEveryAnswerIsStoredOnceInOrder() throws Exception {
        StudySummary study = openProlificStudy("COMPLETE42");
        String link = "/take/" + study.publicCode() + ProlificIds.query("bot1", "st1", "se1");

        MoralMachineSessionPage page = MoralMachineSessionPage.arrive(link);
        Screenshots.desktopAndPhone("mm-participant-consent");
        assertTheGalleryIsAFileTheBrowserDrew();
        page.agree();
        assertThat(idleTimeoutOfThisBrowsersSession())
                .as("the servlet's own while answering")
                .isGreaterThan(660);
        assertThePicturesAreFilesTheBrowserDrew();
        Screenshots.desktopAndPhone("mm-participant-scenario");
        String sessionId = page.sessionId();
        List<String> expected = new ArrayList<>();
        for (int position = 1; position <= 13; position++) {
            page.atScenario(position);
            if (position == 2) { // new pictures in the same elements: hidden while loading, then shown
                assertThePicturesAreFilesTheBrowserDrew();
            }
            String side = position % 2 == 1 ? "left" : "right";
            switch (position) {
                case 2 -> page.pressArrow(side);
                case 3 -> page.doubleClick(side);
                case 5 -> page.reload().atScenario(5).choose(side);
                case 7 -> page.showDescription().choose(side);
                default -> page.choose(side);
            }
            expected.add(side);
        }
        page.submitSurveyWithAge(34);
        $("#completion-code").shouldHave(text("COMPLETE42"));
        $("#prolific-complete").shouldBe(visible);
        $("#results-chart svg").should(exist);
        $("#results-chart-svg").shouldHave(text("Save the chart (SVG)"));
        $("#results-chart-png").shouldHave(text("Save the chart (PNG)"));
        assertTheChartDownloadsFromWhatTheBrowserShows();
        assertThat(idleTimeoutOfThisBrowsersSession())
                .as("ended: two heartbeats (300 s) and a minute after the tab is closed (decision 0045)")
                .isEqualTo(660);

        SessionState session = participation.session(sessionId).orElseThrow();
        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.source()).isEqualTo(Source.PROLIFIC);
        assertThat(session.externalId()).isEqualTo(ProlificIds.of("bot1"));
        assertThat(session.surveyDone()).isTrue();
        List<StoredAnswer> answers = participation.answers(sessionId);
        assertThat(answers)
                .extracting(StoredAnswer::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(answers).extracting(StoredAnswer::choice).containsExactlyElementsOf(expected);
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.responseTimeMs()).isNotNull().isNotNegative());
        assertThat(ShownScenario.fromJson(answers.get(6).shown()).descriptionShown())
                .isTrue();
        assertThat(ShownScenario.fromJson(answers.get(5).shown()).descriptionShown())
                .isFalse();

        for (StoredAnswer answer : answers) {
            List<ResponseRow> rows = AnswerRows.of(session, answer);
            assertThat(rows).hasSize(2);
            // the chosen picture's characters die: its row is Saved = 0, the other row Saved = 1
            int leftSaved = answer.choice().equals("left") ? 0 : 1;
            assertThat(rows.get(0).leftHand()).isEqualTo(1);
            assertThat(rows.get(0).saved()).isEqualTo(leftSaved);
            assertThat(rows.get(1).saved()).isEqualTo(1 - leftSaved);
            assertThat(rows.get(0).scenarioOrder()).isEqualTo(answer.position());
        }

        assertExportMatches(study.id(), session, answers);

        Selenide.open(link);
        $("#study-already-done").shouldBe(visible);
    }

    /** The researcher's SharedResponses.csv holds exactly this session's answers, row by row. */
    /** The two pictures are files (decision 0044) that Chromium loaded and drew, each named by what it shows. */
    private static void assertThePicturesAreFilesTheBrowserDrew() {
        for (String side : List.of("left", "right")) {
            SelenideElement picture =
                    $("#outcome-" + side + " img.mb-outcome-picture").shouldBe(visible);
            assertThat(picture.getAttribute("src")).contains("/pictures/mm/").endsWith(".svg");
            assertThat(picture.getAttribute("alt")).isNotBlank();
            assertDrawn(picture, 100);
        }
    }

    /** The consent page's gallery of characters is a file too (decision 0045), described by all its captions. */
    private static void assertTheGalleryIsAFileTheBrowserDrew() {
        SelenideElement gallery = $("#consent-step img#character-gallery").shouldBe(visible);
        assertThat(gallery.getAttribute("src")).contains("/pictures/mm/").endsWith("/gallery-en.svg");
        assertThat(gallery.getAttribute("alt"))
                .startsWith("Who you will meet: ")
                .contains("boy", "dog", "cat");
        assertDrawn(gallery, 200);
    }

    private static void assertDrawn(SelenideElement picture, int minHeight) {
        Selenide.Wait() // loaded and decoded as an image: the file's type, security headers and markup are right
                .until(d -> Selenide.<Boolean>executeJavaScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", picture));
        assertThat(picture.getSize().getHeight()).as("drawn at its proportions").isGreaterThan(minHeight);
    }

    /** The idle timeout, in seconds, of the server's HTTP session behind this browser's session cookie. */
    private int idleTimeoutOfThisBrowsersSession() {
        String id = WebDriverRunner.getWebDriver()
                .manage()
                .getCookieNamed("JSESSIONID")
                .getValue();
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        try {
            return web.getManager().findSession(id).getMaxInactiveInterval();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The closing chart is not kept in the session (decision 0045): both files are made from what the page shows. */
    private static void assertTheChartDownloadsFromWhatTheBrowserShows() throws Exception {
        File svg = $("#results-chart-svg")
                .download(DownloadOptions.using(FileDownloadMode.FOLDER)
                        .withExtension("svg")
                        .withTimeout(20_000));
        assertThat(svg.getName()).isEqualTo("moral-machine-results.svg");
        String markup = Files.readString(svg.toPath(), StandardCharsets.UTF_8);
        Document doc = StandaloneSvg.check(markup);
        assertThat(markup).contains("Passengers", "Pedestrians");
        File png = $("#results-chart-png")
                .download(DownloadOptions.using(FileDownloadMode.FOLDER)
                        .withExtension("png")
                        .withTimeout(20_000));
        assertThat(png.getName()).isEqualTo("moral-machine-results.png");
        String[] box = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        assertThat(ImageIO.read(png).getWidth()).isEqualTo(2 * Integer.parseInt(box[2]));
    }

    private void assertExportMatches(long studyId, SessionState session, List<StoredAnswer> answers) throws Exception {
        logins.signIn(studyOwner);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            export.writeSharedResponses(studyId, csv);
        } finally {
            logins.signOut();
        }
        List<ResponseRow> exported = new ArrayList<>();
        ResponseRowReader.read(new ByteArrayInputStream(csv.toByteArray()), "export.csv", exported::add);
        List<ResponseRow> expected = new ArrayList<>();
        answers.forEach(a -> expected.addAll(AnswerRows.of(session, a)));
        assertThat(exported).containsExactlyElementsOf(expected);
        assertThat(exported).hasSize(26);
        assertThat(exported).allSatisfy(r -> assertThat(r.template()).isEqualTo("desktop"));
    }

    @Test
    void theClosingChartNamesEveryLinesEndsAndEveryMarkerOnAPhoneAndOnADesktop() throws Exception {
        StudySummary study = openProlificStudy("COMPLETE42");
        logins.signIn(studyOwner);
        try {
            // three models with finished runs on the study (imported answers, attached to it) and 30 other people
            double[][] leanings = {
                {0.05, 0.12, 0.45, 0.15, 0.2, 0.3, 0.5, 0.7, 0.8},
                {-0.1, 0.35, 0.6, 0.05, 0.05, 0.1, 0.2, 0.8, 0.9},
                {0.2, -0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.4, 0.6}
            };
            String[] names = {"Llama-3.1-8B-Instruct", "Qwen2.5-72B-Instruct", "gpt-4o-mini"};
            for (int i = 0; i < names.length; i++) {
                long model = registry.create(ScriptedModels.at("http://localhost:9/v1", names[i]))
                        .id();
                long run = imports.importSharedResponses(
                        model, SimulatedAnswers.sharedResponses(600, 30 + i, leanings[i]), "answers.csv");
                jdbc.update("UPDATE model_run SET study_id = ? WHERE id = ?", study.id(), run);
            }
        } finally {
            logins.signOut();
        }
        participants.take(publicStudies.byId(study.id()).orElseThrow(), 0, 30, 5);

        MoralMachineSessionPage page =
                MoralMachineSessionPage.arrive("/take/" + study.publicCode() + ProlificIds.query("bot2", "st1", "se2"));
        page.agree();
        for (int position = 1; position <= 13; position++) {
            page.atScenario(position).choose(position % 3 == 0 ? "right" : "left");
        }
        page.submitSurveyWithAge(41);
        $("#completion-code").shouldHave(text("COMPLETE42"));
        $("#results-chart .mb-chart-wide svg").shouldBe(visible).shouldHave(text("Passengers"), text("Pedestrians"));
        $("#results-chart .mb-chart-narrow").shouldNotBe(visible);

        var window = WebDriverRunner.getWebDriver().manage().window();
        Dimension desktop = window.getSize();
        window.setSize(new Dimension(390, 844));
        try {
            SelenideElement phone = $("#results-chart .mb-chart-narrow svg").shouldBe(visible);
            $("#results-chart .mb-chart-wide").shouldNotBe(visible);
            // end labels stacked above each line, named after the sign convention of methods §1.1
            phone.shouldHave(
                    text("← Passengers"),
                    text("Pedestrians →"),
                    text("← Crossing on red (unlawful)"),
                    text("← Fewer characters"),
                    text("More characters →"),
                    text("← Pets"),
                    text("Humans →"),
                    text("−1"),
                    text("+1"));
            // the legend: every marker named, the models explained in one sentence
            phone.shouldHave(
                    text("You"),
                    text("Everyone in this study so far"),
                    text("People in Awad et al. 2018"),
                    text("Models: how language models answered"),
                    text("Llama-3.1-8B-Instruct"),
                    text("Qwen2.5-72B-Instruct"),
                    text("gpt-4o-mini"));
            assertThat(phone.$$("title").size()).isGreaterThan(9 * 5);
            $("#done-most-saved").shouldBe(visible).shouldHave(text("Most saved character"));
            $("#done-most-sacrificed").shouldBe(visible).shouldHave(text("Most sacrificed character"));
            // nothing runs off the phone's screen: the chart fits the page's width
            Number overflow = Selenide.executeJavaScript(
                    "const r = document.querySelector('#results-chart .mb-chart-narrow svg').getBoundingClientRect();"
                            + " return Math.max(0, r.right - document.documentElement.clientWidth, -r.left);");
            assertThat(overflow.doubleValue()).isZero();
        } finally {
            window.setSize(desktop);
        }
        Screenshots.desktopAndPhoneWholePage("mm-participant-done");
    }

    @Test
    void aClosedStudyAndAnIncompleteProlificLinkGetClearPages() {
        StudySummary study = openProlificStudy("X1");
        Selenide.open("/take/" + study.publicCode() + "?STUDY_ID=st1");
        $("#bad-link").shouldHave(text("PROLIFIC_PID"));
        logins.signIn(studyOwner);
        studies.setStatus(study.id(), StudyStatus.CLOSED);
        logins.signOut();
        Selenide.open("/take/" + study.publicCode() + ProlificIds.query("someone", "st1", "s"));
        $("#study-closed").shouldBe(visible);
    }

    private String studyOwner;

    private StudySummary openProlificStudy(String completionCode) {
        studyOwner = logins.createUser("mmowner", Roles.RESEARCHER);
        logins.signIn(studyOwner);
        try {
            StudySummary study = studies.create("Bot study", MoralMachineKind.ID);
            studies.updateRecruitment(
                    study.id(), new RecruitmentSettings(Recruitment.PROLIFIC, null, completionCode, null));
            return studies.setStatus(study.id(), StudyStatus.OPEN);
        } finally {
            logins.signOut();
        }
    }
}
