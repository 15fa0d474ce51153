package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Selenide;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.base.Sealer;
import org.moralbase.security.TestLogins;
import org.moralbase.security.Totp;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17, item 4 (decision 0035): an admin turns on two-factor sign-in and then signs in with a code. */
class TwoFactorBrowserIT extends BrowserTest {

    private static boolean masterKeySetHere;

    @Autowired
    TestLogins logins;

    @BeforeAll
    static void masterKey() {
        if (System.getenv(Sealer.MASTER_KEY_VARIABLE) == null
                && System.getProperty(Sealer.MASTER_KEY_VARIABLE) == null) {
            System.setProperty(Sealer.MASTER_KEY_VARIABLE, Sealer.newMasterKey());
            masterKeySetHere = true;
        }
    }

    @AfterAll
    static void clearMasterKey() {
        if (masterKeySetHere) {
            System.clearProperty(Sealer.MASTER_KEY_VARIABLE);
        }
    }

    @Test
    void anAdminEnrolsWithACurrentCodeAndThenSignsInWithPasswordAndCode() {
        String admin = logins.createUser("tfa-browser", Roles.ADMIN);
        LoginPage.open().logInAs(admin, TestLogins.PASSWORD);
        Selenide.open("/admin/users");
        $("#two-factor-notice").shouldBe(visible);
        Screenshots.desktopAndPhone("two-factor-notice");

        Selenide.open("/account/two-factor");
        $("#two-factor-start").shouldBe(visible).click();
        String secret = $("#two-factor-secret").shouldBe(visible).getText();
        assertThat($("#two-factor-uri").getAttribute("href")).startsWith("otpauth://totp/");
        long step = Totp.step(Instant.now().getEpochSecond());
        byte[] key = Totp.fromBase32(secret);
        $("#two-factor-code input").setValue(Totp.code(key, step, Totp.DIGITS));
        Screenshots.desktopAndPhone("two-factor-enrol");
        $("#two-factor-confirm").click();
        $$("#recovery-codes li").shouldHave(CollectionCondition.size(10));
        Screenshots.desktopAndPhone("two-factor-recovery-codes");

        Selenide.clearBrowserCookies();
        LoginPage.open();
        $("#vaadinLoginUsername input").setValue(admin);
        $("#vaadinLoginPassword input").setValue(TestLogins.PASSWORD);
        $("#login-form vaadin-button").click();
        $("#code").shouldBe(visible);
        Screenshots.desktopAndPhone("two-factor-code");
        $("#code").setValue("000000".equals(Totp.code(key, step + 1, 6)) ? "111111" : "000000");
        $("#code-submit").click();
        $("#code-error").shouldBe(visible);
        $("#code").setValue(Totp.code(key, step + 1, Totp.DIGITS));
        $("#code-submit").click();
        StudiesPage.shown();
    }
}
