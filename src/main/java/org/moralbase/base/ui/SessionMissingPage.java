package org.moralbase.base.ui;

import com.vaadin.flow.i18n.I18NProvider;

/** The participant page for a session address that leads nowhere (mistyped, expired, from another database). */
public class SessionMissingPage extends MessagePage {

    public SessionMissingPage() {
        super(
                "session-missing",
                I18NProvider.translate("page.sessionMissing.title"),
                I18NProvider.translate("page.sessionMissing.text"));
    }
}
