package org.moralbase.e2e;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One notice at a time (base.ui.Notices): an error put right does not stay over the success that follows; and the
 * audit log says who signed in, never "user null".
 */
class NoticesBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Test
    void aSuccessClosesTheErrorBeforeItAndTheAuditLogWordsSignIns() {
        String admin =
                logins.createUser("aa-notices", Roles.ADMIN); // sorts first in the users grid of a shared test database
        String other = logins.createUser("aa-other", Roles.RESEARCHER);
        LoginPage.open().logInAs(admin, TestLogins.PASSWORD);
        Selenide.open("/admin/users");

        $("#disable-" + admin).click(); // refused: one's own account
        $$("vaadin-notification-card")
                .findBy(text("You cannot disable your own account"))
                .shouldBe(visible);
        $("#disable-" + other).click(); // done at once, within the error's six seconds
        $$("vaadin-notification-card").findBy(text("Disabled " + other)).shouldBe(visible);
        $$("vaadin-notification-card")
                .filterBy(text("You cannot disable your own account"))
                .shouldHave(size(0));
        Selenide.screenshot("notices-success-after-error");

        Selenide.open("/admin/audit");
        $("#audit-grid").shouldHave(text("Signed in"), text("account " + admin));
        $("#audit-grid").shouldNotHave(text("user null"));
        Selenide.screenshot("audit-log");
    }
}
