package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.annotation.AnnotationExportService;
import org.moralbase.annotation.AnnotationProjectService;
import org.moralbase.annotation.CrowdLink;
import org.moralbase.annotation.CrowdLinkService;
import org.moralbase.annotation.ItemImportService;
import org.moralbase.annotation.ProjectSettings;
import org.moralbase.annotation.ProjectTemplate;
import org.moralbase.annotation.QuestionSpec;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.ProlificIds;
import org.moralbase.security.TestLogins;
import org.moralbase.study.Recruitment;
import org.springframework.beans.factory.annotation.Autowired;

/** Prolific workers on a project's crowd link: checks, items, a reload that resumes, codes at the end. */
class CrowdAnnotationBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @Autowired
    ItemImportService imports;

    @Autowired
    CrowdLinkService links;

    @Autowired
    AnnotationExportService export;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aProlificWorkerPassesTheCheckResumesAfterAReloadAndGetsTheCompletionCode() {
        String researcher = logins.createUser("crowdres", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = projects.create("Crowd browser", ProjectTemplate.BLANK).id();
        projects.update(id, new ProjectSettings("Crowd browser", "Pick yes or no.", "", 2, 2, 600));
        projects.addQuestion(id, QuestionSpec.singleChoice("pick", "Acceptable?", List.of("yes", "no"), false), false);
        projects.addQuestion(id, QuestionSpec.check("attn", "Pick Blue", List.of("Red", "Blue"), "Blue", true), true);
        imports.importItems(id, FormatChoice.DETECT, DatasetSource.ofText("items.csv", """
                id,context,option_a,option_b
                i1,Situation 1,Do,Leave
                i2,Situation 2,Do,Leave
                i3,Situation 3,Do,Leave
                """), null);
        CrowdLink link = links.open(id, Recruitment.PROLIFIC, "CC123", "SO456");
        logins.signOut();

        CrowdWorkPage worker =
                CrowdWorkPage.arriveFromProlific(link.code(), "PIDBROWSER1").answerCheck("attn", "Blue");
        String first = worker.itemContext();
        // a reload of the Prolific link: same worker, no checks again, the same held item
        worker = CrowdWorkPage.arriveFromProlific(link.code(), "PIDBROWSER1");
        assertThat(worker.itemContext()).isEqualTo(first);
        worker.answer("pick", 1).answer("pick", 2);
        worker.end("crowd-done");
        $("#completion-code").shouldHave(exactText("CC123"));
        $("#prolific-complete").shouldHave(attributeMatching("href", ".*cc=CC123"));

        CrowdWorkPage.arriveFromProlific(link.code(), "PIDBROWSER2").answerCheck("attn", "Red");
        $("#crowd-screened-out").shouldBe(visible);
        $("#screen-out-code").shouldHave(exactText("SO456"));

        Selenide.open("/annotate/crowd/" + link.code() + "?STUDY_ID=x");
        $("#bad-link").shouldBe(visible);
        Selenide.open("/annotate/crowd/nosuchcode?PROLIFIC_PID=x");
        $("#crowd-unavailable").shouldBe(visible);

        logins.signIn(researcher);
        assertThat(export.judgementsCsv(id))
                .contains(",prolific:" + ProlificIds.of("PIDBROWSER1") + ",pick,")
                .hasLineCount(3);
    }
}
