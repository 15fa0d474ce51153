package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.condition.Condition;
import org.moralbase.condition.StatedPolicies;
import org.moralbase.condition.StudyConditions;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conditions in Chromium (decision 0028): a researcher adds the stated policies on the Conditions page, drops one and
 * saves; a participant of the open study sees the assigned policy above every item, on a desktop and on a phone; the
 * shares page offers the condition picker.
 */
class ConditionsBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems items;

    @Autowired
    StudyConditions conditions;

    @Test
    void aResearcherSetsPoliciesAndAParticipantSeesTheirsAboveEveryItem() {
        String researcher = logins.createUser("connie", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Policies in Chromium", ChoicePairKind.ID);
        items.importDataset(
                study.id(), FormatChoice.DETECT, DatasetSource.read(Path.of("src/test/resources/datasets/cp_bot.csv")));
        logins.signOut();

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD).openPath("/studies/" + study.id());
        $("#study-conditions-link").click();
        $("#conditions-view").shouldBe(visible);
        $("#condition-add-policies").click();
        $("#condition-3").shouldBe(visible);
        $("#condition-remove-3").scrollIntoView("{block: 'center'}").click(); // no virtue policy in this study
        $("#condition-3").shouldNot(com.codeborne.selenide.Condition.exist);
        $("#condition-code-2 input").scrollIntoView("{block: 'center'}").setValue("rules");
        Screenshots.desktopAndPhoneWholePage("conditions-page");
        $("#conditions-save").scrollIntoView("{block: 'center'}").click();
        eventually(() -> stored(researcher, study.id()).size() == 2);
        assertThat(stored(researcher, study.id()))
                .extracting(Condition::code, Condition::forModels)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("utilitarian", StatedPolicies.UTILITARIAN.forModels()),
                        org.assertj.core.groups.Tuple.tuple("rules", StatedPolicies.DEONTOLOGICAL.forModels()));
        logins.signIn(researcher);
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();
        Selenide.refresh();
        $("#conditions-locked").shouldBe(visible);
        $("#conditions-save").shouldNot(com.codeborne.selenide.Condition.exist);
        $("#policy-marks").shouldBe(visible);
        Selenide.open("/studies/" + study.id() + "/shares");
        $("#condition-picker").shouldBe(visible);
        Selenide.open("/studies/" + study.id() + "/by-condition");
        $("#consistency-chart").shouldBe(visible);
        Selenide.closeWebDriver();

        ChoicePairSessionPage page = ChoicePairSessionPage.arrive(study.publicCode(), "");
        $("#condition-notice").shouldNot(com.codeborne.selenide.Condition.exist); // not on the consent page
        page.agree(3).shouldShowItem(1, 3);
        $("#condition-notice").shouldBe(visible);
        String shown = $("#condition-text").getText();
        assertThat(shown).isIn(StatedPolicies.UTILITARIAN.forPeople(), StatedPolicies.DEONTOLOGICAL.forPeople());
        Screenshots.desktopAndPhone("condition-notice");
        page.chooseShown("a").shouldShowItem(2, 3);
        $("#condition-text").shouldHave(text(shown));
        Selenide.refresh(); // a reload keeps the condition
        page.shouldShowItem(2, 3);
        $("#condition-text").shouldHave(text(shown));
        page.chooseShown("b").shouldShowItem(3, 3);
        page.chooseShown("a");
        $("#condition-notice").shouldNot(com.codeborne.selenide.Condition.exist); // the end page
    }

    private List<Condition> stored(String researcher, long studyId) {
        logins.signIn(researcher);
        try {
            return conditions.list(studyId);
        } finally {
            logins.signOut();
        }
    }
}
