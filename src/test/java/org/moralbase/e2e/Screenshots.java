package org.moralbase.e2e;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import org.openqa.selenium.Dimension;

/** Screenshots for docs/images: the same page at desktop and phone width (into target/selenide-reports). */
final class Screenshots {

    private Screenshots() {}

    static void desktopAndPhone(String name) {
        var window = WebDriverRunner.getWebDriver().manage().window();
        Dimension desktop = window.getSize();
        Selenide.screenshot(name + "-desktop");
        window.setSize(new Dimension(390, 844));
        Selenide.sleep(400);
        Selenide.screenshot(name + "-phone");
        window.setSize(desktop);
        Selenide.sleep(200);
    }
}
