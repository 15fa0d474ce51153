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

    /** As {@link #desktopAndPhone}, with the window as tall as the page, so a long page is shown whole. */
    static void desktopAndPhoneWholePage(String name) {
        var window = WebDriverRunner.getWebDriver().manage().window();
        Dimension before = window.getSize();
        for (int width : new int[] {before.getWidth(), 390}) {
            window.setSize(new Dimension(width, 844));
            Selenide.sleep(400);
            Number height = Selenide.executeJavaScript("return document.documentElement.scrollHeight");
            // the window's height includes its frame: the difference between outer and inner height
            Number frame = Selenide.executeJavaScript("return window.outerHeight - window.innerHeight");
            window.setSize(new Dimension(width, height.intValue() + frame.intValue()));
            Selenide.sleep(400);
            Selenide.screenshot(name + (width == 390 ? "-phone" : "-desktop"));
        }
        window.setSize(before);
        Selenide.sleep(200);
    }
}
