package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.moralbase.e2e.FieldMarks.onlyMarked;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.annotation.AnnotationProjectService;
import org.moralbase.annotation.ItemImportService;
import org.moralbase.annotation.ProjectSettings;
import org.moralbase.annotation.ProjectTemplate;
import org.moralbase.annotation.QuestionSpec;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.security.TestLogins;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annotator's side: their task list is their home, they see an item's metadata only as the researcher chose;
 * the researcher's invitation messages and gold attached after its question exists.
 */
class AnnotatorBrowserIT extends BrowserTest {

    private static final String ITEMS = """
            id,context,option_a,option_b,difficulty,majority_label,gold_pick,gold_later
            item1,A neighbour asks you to water their plants while they are away.,Water them every day,Forget,easy,A,yes,yes
            item2,A friend asks you to keep a secret from your partner.,Keep it,Tell,hard,B,no,no
            """;

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @Autowired
    ItemImportService imports;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void anAnnotatorLandsOnTheTaskListAndSeesMetadataOnlyWhenChosen() {
        String researcher = logins.createUser("home", Roles.RESEARCHER);
        String annotator = logins.createUser("rita", Roles.ANNOTATOR);
        logins.signIn(researcher);
        long id = projects.create("Everyday favours", ProjectTemplate.BLANK).id();
        projects.update(
                id,
                new ProjectSettings(
                        "Everyday favours", "Is the first option the acceptable thing to do?", "", 2, null, 600));
        projects.addQuestion(
                id, QuestionSpec.singleChoice("pick", "Is option A acceptable?", List.of("yes", "no"), false), false);
        imports.importItems(id, FormatChoice.DETECT, DatasetSource.ofText("items.csv", ITEMS), null);
        projects.invite(id, annotator);
        logins.signOut();

        logIn("/", annotator);
        $("#annotate-view").shouldBe(visible).shouldHave(text("Everyday favours"));
        $("#access-denied").shouldNot(exist);
        $("#main-nav").shouldHave(text("Annotate"));
        // their tasks and their own password, nothing of the researchers'
        $$("#main-nav vaadin-side-nav-item")
                .shouldHave(com.codeborne.selenide.CollectionCondition.texts("Annotate", "Password", "Two-factor"));
        Selenide.open("/");
        $("#annotate-view").shouldBe(visible);
        $("#open-project-" + id).click();
        $("#item-context").shouldBe(visible);
        $("#item-metadata").shouldNot(exist);
        Selenide.closeWebDriver();

        logIn("/annotation-projects/" + id, researcher);
        $("#metadata-mode").scrollIntoView("{block: \"center\"}");
        $$("#metadata-mode vaadin-radio-button").findBy(text("Chosen fields")).click();
        $("#metadata-fields input").setValue("difficulty");
        $$("vaadin-multi-select-combo-box-item")
                .filter(visible)
                .findBy(text("difficulty"))
                .click();
        $("#metadata-fields input").sendKeys(Keys.ESCAPE);
        $("#save-metadata-shown").click();
        $("vaadin-notification-card").shouldHave(text("Annotators now see: difficulty"));
        Selenide.closeWebDriver();

        logIn("/", annotator);
        $("#open-project-" + id).click();
        $("#item-metadata").shouldBe(visible).shouldHave(text("difficulty:"));
        $("#item-metadata").shouldNotHave(text("majority_label"));
        $("#item-metadata").shouldNotHave(text("gold"));
        Screenshots.desktopAndPhone("annotation-annotator");
    }

    @Test
    void invitationsSayWhatIsMissingAndGoldIsAttachedOnceItsQuestionExists() throws IOException {
        String researcher = logins.createUser("inv", Roles.RESEARCHER);
        String notAnnotator = logins.createUser("rita", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = projects.create("Late gold", ProjectTemplate.BLANK).id();
        projects.addQuestion(
                id, QuestionSpec.singleChoice("pick", "Is option A acceptable?", List.of("yes", "no"), false), false);
        logins.signOut();

        logIn("/annotation-projects/" + id, researcher);
        $("#invite-username input").setValue("nobody-here");
        $("#invite-annotator").click();
        onlyMarked("invite-username", "Invite: no user named 'nobody-here'");
        $("#invite-username input").setValue(notAnnotator);
        $("#invite-annotator").click();
        onlyMarked(
                "invite-username",
                "Invite: " + notAnnotator
                        + " exists but does not have the Annotator role; an admin can give it on the Users page");

        Path file = Files.createTempFile("items", ".csv");
        Files.writeString(file, ITEMS);
        $(Selectors.shadowCss("input[type='file']", "#import-upload")).uploadFile(file.toFile());
        $("#gold-result").shouldHave(text("2 gold answers attached; some were not attached"));
        $("#gold-problems").shouldHave(text("gold_later: the project has no question 'later'"), text("item1, item2"));

        // the page scrolled down to the upload: bring the question form back into view first
        $("#question-code").scrollIntoView("{block: \"center\"}");
        $("#question-code input").setValue("later");
        $("#question-prompt input").setValue("Would you do it later?");
        $("#question-options input").setValue("yes, no");
        $("#add-question").click();
        $("#attach-gold").scrollIntoView("{block: \"center\"}").click();
        $("#gold-result").shouldHave(text("4 gold answers attached."));
        $$("#gold-problems li").shouldHave(com.codeborne.selenide.CollectionCondition.size(0));

        Files.writeString(file, "id,gold_later\nitem1,no\nitem7,yes\n");
        File gold = file.toFile();
        $(Selectors.shadowCss("input[type='file']", "#gold-upload")).uploadFile(gold);
        $("#gold-result").shouldHave(text("1 gold answer attached; some were not attached"));
        $("#gold-problems").shouldHave(text("no item 'item7'"), text("line 3"));
    }

    private static void logIn(String path, String username) {
        Selenide.open(path);
        $("#login-form").shouldBe(visible);
        $("#vaadinLoginUsername input").setValue(username);
        $("#vaadinLoginPassword input").setValue(TestLogins.PASSWORD);
        $("#login-form vaadin-button").click();
        $("#current-user").shouldHave(text(username));
        WebDriverRunner.url();
    }
}
