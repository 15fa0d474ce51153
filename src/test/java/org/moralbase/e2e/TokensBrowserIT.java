package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;

/** A researcher makes an API token on their own page, sees it once, uses it, and revokes it; the API's page works. */
class TokensBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    private int studiesStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/studies"))
                .header("Authorization", "Bearer " + token)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aResearcherMakesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
        String researcher = logins.createUser("tara", Roles.RESEARCHER);
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        $("#main-nav").shouldHave(text("API tokens"));
        Selenide.open("/account/tokens");

        $("#token-name input").setValue("");
        $("#token-create").click();
        $("#token-name").shouldHave(attribute("invalid")); // the name is required, on its field

        $("#token-name input").setValue("R notebook");
        $("#token-days input").setValue("7");
        $("#token-create").click();
        $("#token-secret").shouldBe(visible);
        String token = $("#token-secret input").getValue();
        assertThat(token).startsWith("mb_");
        $("#tokens").shouldHave(text("R notebook")).shouldHave(text("Active"));
        Selenide.screenshot("api-tokens");

        assertThat(studiesStatus(token)).isEqualTo(200);

        Selenide.refresh(); // shown once: a new page no longer has it
        $("#tokens").shouldHave(text("R notebook"));
        assertThat($("#token-secret").is(visible)).isFalse();
        $("#tokens vaadin-button").click();
        $("#tokens").shouldHave(text("Revoked"));
        $("#tokens vaadin-button").shouldHave(attribute("disabled"));
        eventually(() -> {
            try {
                return studiesStatus(token) == 401;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void theApiReferencePageShowsTheDescriptionWithinTheContentSecurityPolicy() {
        Selenide.open("/api/v1/docs");
        $(".swagger-ui").shouldBe(visible).shouldHave(text("Moralbase API"));
        $(".swagger-ui").shouldHave(text("/api/v1/studies"));
        Selenide.screenshot("api-docs");

        List<String> console = Selenide.getWebDriverLogs(LogType.BROWSER);
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy"));
    }
}
