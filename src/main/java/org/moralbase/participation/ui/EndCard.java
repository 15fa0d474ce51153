package org.moralbase.participation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.moralbase.base.ui.MessagePage;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.study.RecruitmentSettings;

/**
 * The last page of a finished session, the same for every kind: a declined consent ({@code <prefix>-declined}) with
 * the way back to the platform as screened out, or the thank-you card ({@code <prefix>-done}) with the completion code
 * and way back for a completed session. A kind with its own screen-out page checks that first.
 */
public final class EndCard {

    private EndCard() {}

    /** The end of {@code session} (finished, or done with its items). */
    public static Component of(String prefix, SessionState session, RecruitmentSettings recruitment) {
        SessionStatus status = session.status();
        if (status == SessionStatus.SCREENED_OUT && !session.consented()) {
            MessagePage declined =
                    new MessagePage(prefix + "-declined", words("consent.title"), words("consent.declined"));
            declined.add(PlatformReturn.forSession(session, recruitment, PlatformReturn.Ending.SCREENED_OUT));
            return declined;
        }
        Div card = new Div(new H2(words("done.title")));
        if (status == SessionStatus.COMPLETED) {
            card.add(PlatformReturn.forSession(session, recruitment, PlatformReturn.Ending.COMPLETED));
        }
        card.addClassName("mb-card");
        card.setId(prefix + "-done");
        return card;
    }

    private static String words(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
