package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;

/** The login page. */
public class LoginPage {

    /** Opens the login page. */
    public static LoginPage open() {
        Selenide.open("/login");
        $("#login-form").shouldBe(visible);
        return new LoginPage();
    }

    private void submit(String username, String password) {
        $("#vaadinLoginUsername input").setValue(username);
        $("#vaadinLoginPassword input").setValue(password);
        $("#login-form vaadin-button").click();
    }

    /** Logs in with right credentials and lands on the studies list. */
    public StudiesPage logInAs(String username, String password) {
        submit(username, password);
        return StudiesPage.shown();
    }

    /** Logs in with wrong credentials and stays here, with the error shown. */
    public LoginPage logInExpectingError(String username, String password) {
        submit(username, password);
        $("#login-form").shouldHave(attribute("error"));
        return this;
    }

    /** The error title the form shows. */
    public LoginPage shouldSayIncorrect() {
        $("#login-form").shouldHave(text("Incorrect username or password"));
        return this;
    }
}
