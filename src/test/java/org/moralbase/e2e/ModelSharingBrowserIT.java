package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.models.KeySource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelSpec;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;

/** The share control on the Models page (issue 17 item 9): the owner shares a model, the guest sees it, not its key. */
class ModelSharingBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    ModelRegistryService registry;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void theOwnerSharesAModelTheGuestSeesItButNotItsKeyAndLosesItWhenUnshared() {
        String owner = logins.createUser("mona", Roles.RESEARCHER);
        String guest = logins.createUser("gus", Roles.RESEARCHER);
        String name = "Mona's model " + System.nanoTime() % 100_000;
        logins.signIn(owner);
        registry.create(new ModelSpec(
                name,
                "",
                8.0,
                false,
                null,
                ProviderKind.OPENAI_COMPATIBLE,
                "http://localhost:9/v1",
                "m",
                null,
                null,
                null,
                null,
                30,
                null,
                KeySource.ENV_VAR,
                "MORALBASE_KEY_MONA_SHARED",
                null));
        logins.signOut();

        LoginPage.open().logInAs(owner, TestLogins.PASSWORD);
        Selenide.open("/models");
        GridCells.click(name);
        $("#model-shared-with").shouldHave(text("Not shared: only you and admins see it."));
        $("#share-username input").setValue(guest);
        $("#share-model").click();
        $("#shared-" + guest).shouldBe(visible);
        Screenshots.desktopAndPhone("model-sharing");
        Selenide.closeWebDriver();

        LoginPage.open().logInAs(guest, TestLogins.PASSWORD);
        Selenide.open("/models");
        GridCells.click(name);
        $("#model-key-note").shouldBe(visible).shouldHave(text("its owner's key"));
        $("#model-start-run").shouldHave(attribute("disabled"));
        $("#model-test").shouldHave(attribute("disabled"));
        $("#model-edit").shouldHave(attribute("disabled"));
        $("#share-model").shouldNot(exist);
        $("#model-shared-with").shouldHave(text(guest));
        Screenshots.desktopAndPhone("model-shared-guest");
        Selenide.closeWebDriver();

        LoginPage.open().logInAs(owner, TestLogins.PASSWORD);
        Selenide.open("/models");
        GridCells.click(name);
        $("#unshare-" + guest).click();
        $("#shared-" + guest).shouldNot(exist);
        Selenide.closeWebDriver();

        LoginPage.open().logInAs(guest, TestLogins.PASSWORD);
        Selenide.open("/models");
        $("#models-grid").shouldBe(visible);
        Selenide.sleep(500);
        $("#models-grid").shouldNotHave(text(name));
    }
}
