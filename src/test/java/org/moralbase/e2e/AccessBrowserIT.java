package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.security.AccountService;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;

/** Login and the rules of access, in real Chromium. */
class AccessBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    AccountService accounts;

    @Test
    void theAdminLogsInWithTheRightPasswordAndSeesTheAdminPages() {
        LoginPage.open().logInAs("admin", ADMIN_PASSWORD).shouldShowUser("admin");
        $("#main-nav").shouldHave(text("Users")).shouldHave(text("Audit log"));
        Selenide.open("/admin/users");
        $("#users-grid").shouldBe(visible);
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        LoginPage.open().logInExpectingError("admin", "not the password").shouldSayIncorrect();
        $("#studies-view").shouldNot(exist);
    }

    @Test
    void aResearcherIsRefusedAnAdminPage() {
        String researcher = logins.createUser("rena", Roles.RESEARCHER);
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        $("#main-nav").shouldNotHave(text("Users"));
        Selenide.open("/admin/users");
        $("#access-denied").shouldBe(visible);
        $("#users-grid").shouldNot(exist);
    }

    @Test
    void aDisabledAccountsOpenSessionEndsAtOnce() {
        String researcher = logins.createUser("dora", Roles.RESEARCHER);
        long id = accountId(researcher);
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        $("#studies-view").shouldBe(visible);

        logins.asAdmin(() -> accounts.setEnabled(id, false));

        // the open page learns that its session ended; the next page is the login, not the studies
        Selenide.refresh();
        $("#login-form").shouldBe(visible);
        $("#studies-view").shouldNot(exist);
    }

    @Test
    void aResearcherWhoseRoleIsTakenLosesTheOpenSession() {
        String researcher = logins.createUser("rolf", Roles.RESEARCHER);
        long id = accountId(researcher);
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        $("#studies-view").shouldBe(visible);

        logins.asAdmin(() -> accounts.setRoles(id, java.util.Set.of(Roles.ANNOTATOR)));

        Selenide.open("/studies");
        $("#login-form").shouldBe(visible);
    }

    private long accountId(String username) {
        long[] id = new long[1];
        logins.asAdmin(() -> id[0] = accounts.list(0, 10_000).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id());
        return id[0];
    }

    @Test
    void aResearcherChangesTheirPasswordAndLogsInWithTheNewOne() {
        String researcher = logins.createUser("pia", Roles.RESEARCHER);
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        $("#main-nav").shouldHave(text("Password"));
        Selenide.open("/account/password");
        $("#password-current input").setValue("wrong password here");
        $("#password-new input").setValue("pia's new long passphrase");
        $("#password-repeat input").setValue("pia's new long passphrase");
        $("#password-change").click();
        $("#password-current").shouldHave(attribute("invalid"));
        $("#password-current input").setValue(TestLogins.PASSWORD);
        $("#password-change").click();
        $("vaadin-notification-card").shouldHave(text("Your password was changed"));
        Selenide.closeWebDriver();

        LoginPage.open().logInExpectingError(researcher, TestLogins.PASSWORD).shouldSayIncorrect();
        LoginPage.open().logInAs(researcher, "pia's new long passphrase");
        $("#studies-view").shouldBe(visible);
    }

    @Test
    void theOwnerSharesAStudyAndTakesItBackOnItsPage() {
        String owner = logins.createUser("sally", Roles.RESEARCHER);
        String guest = logins.createUser("gina", Roles.RESEARCHER);
        LoginPage.open().logInAs(owner, TestLogins.PASSWORD).createStudy("Shared on its page");
        $("#study-shared-with").shouldHave(text("Not shared with other researchers."));
        $("#share-username input").setValue(guest);
        $("#share-study").click();
        $("#shared-" + guest).shouldBe(visible);
        Selenide.screenshot("study-sharing");

        $("#unshare-" + guest).click();
        $("#study-shared-with").shouldHave(text("Not shared with other researchers."));
        $("#shared-" + guest).shouldNot(exist);
    }

    @Test
    void aResearcherCannotOpenAnotherResearchersStudyByUrl() {
        String owner = logins.createUser("olga", Roles.RESEARCHER);
        String other = logins.createUser("oscar", Roles.RESEARCHER);
        String path = LoginPage.open()
                .logInAs(owner, TestLogins.PASSWORD)
                .createStudy("Olga's private study")
                .path();
        Selenide.closeWebDriver();

        LoginPage.open().logInAs(other, TestLogins.PASSWORD).openPath(path);
        $("#not-found").shouldBe(visible);
        $("#study-heading").shouldNot(exist);
    }

    @Test
    void aParticipantLinkNeedsNoAccountAndShowsNoResearcherChrome() {
        Selenide.open("/take/nosuchstudy1");
        $("#participant-layout").shouldBe(visible);
        $("#study-unavailable").shouldBe(visible);
        $("#main-nav").shouldNot(exist);
        $("#login-form").shouldNot(exist);
    }
}
