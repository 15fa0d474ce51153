package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.empty;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.e2e.ComboBoxes.choose;
import static org.moralbase.e2e.FieldMarks.noneMarked;
import static org.moralbase.e2e.FieldMarks.onlyMarked;

import com.codeborne.selenide.Selenide;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.ScriptedModels;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every form, in Chromium: a bad value marks exactly its own field with the field's message, whether the form's
 * rules, a record's own check or a service's refusal found it; Create acts once.
 */
class FormValidationBrowserIT extends BrowserTest {

    private static final String NOWHERE = "http://localhost:9/v1";

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ModelRegistryService registry;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void theModelFormMarksTheFieldInErrorAndKeepsAnIsoReleaseDate() {
        String user = logins.createUser("modeler", Roles.RESEARCHER);
        String taken = first("Taken model");
        logins.signIn(user);
        registry.create(ScriptedModels.at(NOWHERE, taken));
        logins.signOut();
        String name = first("Form model");

        LoginPage.open().logInAs(user, TestLogins.PASSWORD).openPath("/models");
        $("#model-register").click();
        $("#model-form").shouldBe(visible);
        $("#model-name input").setValue(name);
        $("#model-base-url input").setValue("ftp://example.org/v1");
        $("#model-id input").setValue("m1");
        $("#model-released input").setValue("2025-01-20").sendKeys(Keys.TAB);
        $("#model-save").click();
        onlyMarked("model-base-url", "Base URL: an http or https address");
        Screenshots.desktopAndPhone("model-form-base-url-error");

        // the service's own refusals land on the field they name
        $("#model-base-url input").setValue("http://user:secret@localhost:9/v1");
        $("#model-save").click();
        onlyMarked("model-base-url", "Base URL: no user name or password");
        $("#model-base-url input").setValue(NOWHERE);
        $("#model-name input").setValue(taken);
        $("#model-save").click();
        onlyMarked("model-name", "Name: another model is called " + taken);
        $("#model-name input").setValue(name);
        $("#model-temperature input").setValue("3");
        $("#model-save").click();
        onlyMarked("model-temperature", "Temperature: 0 to 2");
        $("#model-temperature input").setValue("0");
        $("#model-released input").setValue("2025-13-45").sendKeys(Keys.TAB);
        $("#model-save").click();
        onlyMarked("model-released", "Release date: a date as YYYY-MM-DD");
        Screenshots.desktopAndPhone("model-form-date-error");

        $("#model-released input").setValue("2025-01-20").sendKeys(Keys.TAB);
        $("#model-save").click();
        $("#model-form").shouldNotBe(visible);
        logins.signIn(user);
        ModelSummary saved = registry.list(0, 1000).stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
        logins.signOut();
        assertThat(saved.releaseDate()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(saved.sampling().temperature()).isZero();

        GridCells.click(name);
        $("#model-edit").click();
        $("#model-released input").shouldHave(value("2025-01-20"));
        $("#model-kind").shouldHave(text("OpenAI-compatible"));
        noneMarked();
    }

    @Test
    void studyFormsMarkTheirOwnFieldAndCreateActsOnce() {
        String user = logins.createUser("former", Roles.RESEARCHER);
        LoginPage.open().logInAs(user, TestLogins.PASSWORD);
        $("#new-study").click();
        $("#study-create").click();
        onlyMarked("study-title", "Title: 1–200 characters");
        String title = "Twice clicked " + suffix();
        $("#study-title input").setValue(title);
        $("#study-create").doubleClick();
        $("#study-heading").shouldHave(text(title));
        logins.signIn(user);
        assertThat(studies.list(0, 100))
                .filteredOn(s -> s.title().equals(title))
                .hasSize(1);
        long mm = studies.create("Scenario settings " + suffix(), MoralMachineKind.ID)
                .id();
        logins.signOut();

        $("#share-study").click();
        onlyMarked("share-username", "Share with: a researcher's username");
        $("#share-username input").setValue("nobody-here");
        $("#share-study").click();
        onlyMarked("share-username", "Share with: no user named 'nobody-here'");

        Selenide.open("/studies/" + mm + "/recruitment");
        $$("#recruitment-source vaadin-radio-button").findBy(text("Prolific")).click();
        $("#save-recruitment").click();
        onlyMarked("recruitment-completion-code", "Completion code: Prolific studies need one");
        $("#recruitment-completion-code input").setValue("bad code!");
        $("#save-recruitment").click();
        onlyMarked("recruitment-completion-code", "Completion code: letters, digits");
        $("#recruitment-completion-code input").setValue("C0DE");
        $("#recruitment-target input").setValue("0");
        $("#save-recruitment").click();
        onlyMarked("recruitment-target", "Target participants: a positive number");

        Selenide.open("/studies/" + mm + "/settings");
        $("#mm-per-session input").setValue("0");
        $("#save-mm-settings").click();
        onlyMarked("mm-per-session", "Scenarios per participant: 1 to 100");
        Selenide.screenshot("mm-settings-error");
        $("#mm-per-session input").setValue("13");
        $$("#mm-languages vaadin-checkbox").asFixedIterable().forEach(c -> c.click());
        $("#save-mm-settings").click();
        onlyMarked("mm-languages", "Languages: offer at least one");
    }

    @Test
    void kindSettingsAndTheItemBuilderMarkTheirOwnField() {
        String user = logins.createUser("kinder", Roles.RESEARCHER);
        logins.signIn(user);
        long cp = studies.create("Pairs " + suffix(), ChoicePairKind.ID).id();
        long dvb = studies.create("Values " + suffix(), DeepValueKind.ID).id();
        logins.signOut();

        LoginPage.open().logInAs(user, TestLogins.PASSWORD).openPath("/studies/" + cp + "/cp-settings");
        $("#cp-set-items input").setValue("0");
        $("#save-cp-settings").click();
        onlyMarked("cp-set-items", "Items per participant: 1 to 500");
        $("#cp-set-items input").clear();
        $("#save-cp-settings").click();
        onlyMarked("cp-set-items", "Items per participant: 1 to 500");

        Selenide.open("/studies/" + dvb + "/dvb-settings");
        $("#dvb-set-trials input").setValue("500");
        $("#save-dvb-settings").click();
        onlyMarked("dvb-set-trials", "Trials per participant: 1 to 200");
        $("#dvb-set-trials input").setValue("6");
        $("#dvb-set-quota input").setValue("0");
        $("#save-dvb-settings").click();
        onlyMarked("dvb-set-quota", "Quota per condition: 1 to 100000");

        Selenide.open("/studies/" + dvb + "/dvb-items");
        choose("dvb-build-v1", "fidelity");
        $("#dvb-build-v1-def input").setValue("Keep promises.");
        choose("dvb-build-v2", "security");
        $("#dvb-build-v2-def input").setValue("Stay safe.");
        $("#dvb-build-dimension input").setValue("Humor");
        $("#dvb-build-s1 input").setValue("Humorous");
        $("#dvb-build-s2 input").setValue("Humorous");
        choose("dvb-build-context", "healthcare");
        $("#dvb-build-activity input").setValue("triage");
        $("#dvb-build-v1s1 textarea").setValue("Keeps the promise, with a joke");
        $("#dvb-build-v2s2 textarea").setValue("Stays safe, seriously");
        $("#dvb-build-v1s2 textarea").setValue("Keeps the promise, seriously");
        $("#dvb-build-v2s1 textarea").setValue("Stays safe, with a joke");
        $("#dvb-build").click();
        onlyMarked("dvb-build-v2", "Less preferred value (v2): another value of v1's family");
        choose("dvb-build-v2", "justice");
        $("#dvb-build").click();
        onlyMarked("dvb-build-s2", "Pole s2: must differ from s1");
        Selenide.screenshot("dvb-builder-error");
    }

    @Test
    void aRunNeedsAStudyAndItsSettingsInRange() {
        String user = logins.createUser("runstarter", Roles.RESEARCHER);
        String model = first("Unreachable");
        String title = "Run settings " + suffix();
        logins.signIn(user);
        registry.create(ScriptedModels.at(NOWHERE, model));
        studies.create(title, MoralMachineKind.ID);
        logins.signOut();

        LoginPage.open().logInAs(user, TestLogins.PASSWORD).openPath("/models");
        GridCells.click(model);
        $("#model-start-run").click();
        $("#start-run-dialog").shouldBe(visible);
        $("#run-start").click();
        onlyMarked("run-study", "Study: choose one");
        choose("run-study", title);
        $("#run-setting-scenarios").shouldBe(visible);
        $("#run-setting-scenarios input").setValue("0");
        $("#run-start").click();
        onlyMarked("run-setting-scenarios", "Scenarios (N): 1 to 100000");
        $("#run-setting-scenarios input").setValue("10");
        $("#run-samples input").setValue("0");
        $("#run-start").click();
        onlyMarked("run-samples", "Samples per item: 1 to 100");
        Selenide.screenshot("run-dialog-error");
    }

    @Test
    void accountAndAnnotationFormsMarkTheirOwnField() {
        String admin = logins.createUser("formadmin", Roles.ADMIN);
        LoginPage.open().logInAs(admin, TestLogins.PASSWORD).openPath("/admin/users");
        $("#new-user").click();
        $("#user-username input").setValue(admin);
        $("#user-password input").setValue("short");
        $("#user-save").click();
        onlyMarked("user-password", "Password: at least 12 characters");
        $("#user-password input").setValue("plum kettle orbit quietly");
        $("#user-save").click();
        onlyMarked("user-username", "Username: '" + admin + "' is taken");
        $("#user-username input").setValue("a b");
        $("#user-save").click();
        onlyMarked("user-username", "Username: 3–100 characters");
        $("#user-roles vaadin-checkbox[checked]").click();
        $("#user-username input").setValue("fresh-" + suffix());
        $("#user-save").click();
        onlyMarked("user-roles", "Roles: choose at least one");

        Selenide.open("/annotation-projects");
        $("#create-project").click();
        onlyMarked("new-project-title", "Title: 1–200 characters");
        $("#new-project-title input").setValue("Labels " + suffix());
        $("#create-project").click();
        $("#setup-panel").shouldBe(visible);
        $("#setting-k input").setValue("0");
        $("#save-settings").click();
        onlyMarked("setting-k", "Judgements per item: 1–50");
        $("#setting-k input").setValue("3");

        addQuestion("Bad Code");
        onlyMarked("question-code", "Code: lower-case letters");
        addQuestion("depth");
        $("#question-code input").shouldBe(empty);
        noneMarked();
        addQuestion("depth");
        onlyMarked("question-code", "Code: 'depth' is used already");
        $("#question-code input").setValue("breadth"); // a new value clears the mark

        $("#invite-username input").setValue("nobody-here");
        $("#invite-annotator").click();
        onlyMarked("invite-username", "Invite: no user named 'nobody-here'");

        $("#tab-crowd").scrollIntoView("{block: \"center\"}").click();
        $("#crowd-completion-code input").setValue("bad code");
        $("#crowd-open").click();
        onlyMarked("crowd-completion-code", "Completion code: letters, digits");
    }

    private static void addQuestion(String code) {
        $("#question-code input").setValue(code);
        $("#question-prompt input").setValue("Shallow or deep?");
        $("#question-options input").setValue("shallow, deep");
        $("#add-question").click();
    }

    // the models grid lists by name, and other tests register many: these come first, so their row is shown
    private static String first(String name) {
        return "0 " + name + " " + suffix();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000);
    }
}
