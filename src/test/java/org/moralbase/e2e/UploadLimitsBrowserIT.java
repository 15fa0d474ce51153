package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selectors;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.OversizePost;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.Bytes;
import org.moralbase.moralmachine.format.SharedResponsesColumns;
import org.moralbase.security.TestLogins;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Moral Machine import page's upload (issue 17 item 5): a Latin-1 file is refused in our words naming the line,
 * and a 300 MiB body posted straight to the page's upload target, past the browser's own check, is refused by the
 * server before it is read.
 */
class UploadLimitsBrowserIT extends BrowserTest {

    private static final long MIB = 1 << 20;

    @Autowired
    TestLogins logins;

    @Test
    void aLatin1FileAndAnOversizeBodyAreRefusedInOurWords() throws IOException, InterruptedException {
        String researcher = logins.createUser("lena", Roles.RESEARCHER);
        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        Selenide.open("/import/moral-machine");
        $("#mm-import-view").should(exist);

        String header = String.join(",", SharedResponsesColumns.ALL);
        Path latin1 = Files.createTempDirectory("mb-upload").resolve("SharedResponses_latin1.csv");
        Files.write(latin1, Bytes.latin1(header + "\nZoë\n"));
        $(Selectors.shadowCss("input[type='file']", "#import-upload")).uploadFile(latin1.toFile());
        $("#import-error")
                .shouldHave(text("SharedResponses_latin1.csv: line 2 is not UTF-8 (looks like Latin-1/Windows-1252);"
                        + " save as UTF-8"));
        Screenshots.desktopAndPhone("upload-latin1-refused");

        String target = Selenide.executeJavaScript("return document.getElementById('import-upload').target;");
        Cookie session = WebDriverRunner.getWebDriver().manage().getCookieNamed("JSESSIONID");
        assertThat(target).isNotBlank();
        OversizePost.Result result = OversizePost.post(
                port,
                "/" + target.replaceFirst("^https?://[^/]+/", "").replaceFirst("^/", ""),
                Map.of(
                        "Cookie", "JSESSIONID=" + session.getValue(),
                        "X-Filename", "huge.csv",
                        "Content-Type", "text/csv"),
                (header + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                300 * MIB);
        assertThat(result.response()).contains("huge.csv: the file is larger than the limit of 256 MiB");
        assertThat(result.bytesSent()).as("body bytes taken before the answer").isLessThan(64 * MIB);
        Files.deleteIfExists(latin1);
    }
}
