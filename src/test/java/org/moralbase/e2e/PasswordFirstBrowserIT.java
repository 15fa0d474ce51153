package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 17, item 4: an account with a generated password (the first admin) is led to the Password page first. */
class PasswordFirstBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountThatMustChangeItsPasswordSeesOnlyThePasswordPageUntilItDoes() {
        String admin = logins.createUser("firstadmin", Roles.ADMIN);
        jdbc.update("update user_account set must_change_password = true where username = ?", admin);

        LoginPage.open();
        $("#vaadinLoginUsername input").setValue(admin);
        $("#vaadinLoginPassword input").setValue(TestLogins.PASSWORD);
        $("#login-form vaadin-button").click();
        $("#password-new").shouldBe(visible);
        Selenide.open("/admin/users");
        $("#password-new").shouldBe(visible);

        $("#password-current input").setValue(TestLogins.PASSWORD);
        $("#password-new input").setValue("plum kettle orbit quietly");
        $("#password-repeat input").setValue("plum kettle orbit quietly");
        $("#password-change").click();
        Selenide.sleep(1000); // the change is saved on the click's round trip
        Selenide.open("/admin/users");
        $("#new-user").shouldBe(visible);
    }
}
