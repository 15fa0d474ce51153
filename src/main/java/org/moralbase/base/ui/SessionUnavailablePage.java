package org.moralbase.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/**
 * A participant's session cannot be read (the database is away): say so in the language the participant last
 * used, with a button that shows the page again.
 */
public class SessionUnavailablePage extends MessagePage {

    public SessionUnavailablePage(Runnable retry) {
        super("session-unavailable", title(), UI.getCurrent().getTranslation("page.unavailable.text"));
        Button again = new Button(getTranslation("scenario.retry"), e -> retry.run());
        again.setId("retry-load");
        add(again);
    }

    private static String title() {
        Translations.useRemembered(UI.getCurrent()); // before the first text is looked up
        return UI.getCurrent().getTranslation("page.unavailable.title");
    }
}
