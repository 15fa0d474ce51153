package org.moralbase.e2e;

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
