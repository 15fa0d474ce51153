package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.DownloadOptions;
import com.codeborne.selenide.FileDownloadMode;
import com.codeborne.selenide.Selenide;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.base.StandaloneSvg;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;

/** Chart downloads (base.ui.SvgChart): the SVG file the server sends and the PNG the browser draws from it. */
class ChartDownloadsBrowserIT extends BrowserTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Autowired
    TestLogins logins;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void theScalingChartDownloadsAsAStandaloneSvgAndAsAPngDrawnByTheBrowser() throws Exception {
        String user = logins.createUser("charts", Roles.RESEARCHER);
        LoginPage.open().logInAs(user, TestLogins.PASSWORD);
        Selenide.open("/models/scaling?dataset=takemoto2026");
        $("#scaling-summary").shouldHave(text("n = 75 models"));
        $("#scaling-chart-svg").shouldHave(text("Download SVG"));
        $("#scaling-chart-png").shouldHave(text("Download PNG"));

        File svg = $("#scaling-chart-svg").download(DownloadOptions.using(FileDownloadMode.HTTPGET));
        assertThat(svg.getName()).isEqualTo("scaling.svg");
        String markup = Files.readString(svg.toPath(), StandardCharsets.UTF_8);
        var doc = StandaloneSvg.check(markup);
        assertThat(StandaloneSvg.hoverTexts(doc))
                .as("75 models and the fitted line")
                .isEqualTo(76);
        assertThat(markup).contains("Kimi K2 thinking (Other, reasoning): S = 1000.0 B");

        $("#scaling-chart-png").scrollIntoView("{block: 'center'}"); // below the fold, inside the layout's scroller
        File png = $("#scaling-chart-png")
                .download(DownloadOptions.using(FileDownloadMode.FOLDER)
                        .withExtension("png")
                        .withTimeout(20_000));
        assertThat(png.getName()).isEqualTo("scaling.png");
        byte[] bytes = Files.readAllBytes(png.toPath());
        assertThat(Arrays.copyOf(bytes, 8)).as("PNG signature").isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(png);
        String[] box = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        assertThat(image.getWidth()).isEqualTo(2 * Integer.parseInt(box[2]));
        assertThat(image.getHeight()).isEqualTo(2 * Integer.parseInt(box[3]));
        assertThat(image.getRGB(1, 1) & 0xffffff).as("white background").isEqualTo(0xffffff);
        assertThat(darkPixels(image)).as("text and marks were drawn").isGreaterThan(2_000);
    }

    private static int darkPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (sum < 3 * 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
