package org.moralbase.participation.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;

/**
 * The text of the participant's between-subjects condition (a stated policy, an instruction; decision 0028), kept
 * above every item from consent to the last answer ({@code condition-notice}), so it is read before the first item and
 * can be read again at any. Nothing when the study has no conditions or the condition shows nothing.
 */
public final class ConditionNotice extends Div {

    private static final String ID = "condition-notice";

    private ConditionNotice(String text) {
        setId(ID);
        addClassName("mb-condition-notice");
        H3 title = new H3(getTranslation("condition.title"));
        Paragraph body = new Paragraph(text);
        body.setId("condition-text");
        add(title, body);
    }

    /**
     * Puts the notice at the top of the page (below a preview banner) while {@code answering}, once; takes it away
     * otherwise (consent, end pages).
     *
     * @param answering whether the page shows the study's items (or their instructions) now
     */
    public static void keepOn(HasComponents page, SessionState session, boolean answering) {
        String text = session.condition() == null ? null : session.condition().forPeople();
        boolean wanted = answering && text != null && session.consented() && session.status() == SessionStatus.ACTIVE;
        var shown = page.getElement()
                .getChildren()
                .filter(e -> ID.equals(e.getAttribute("id")))
                .findFirst();
        if (wanted && shown.isEmpty()) {
            boolean banner =
                    page.getElement().getChildren().anyMatch(e -> "preview-banner".equals(e.getAttribute("id")));
            page.getElement().insertChild(banner ? 1 : 0, new ConditionNotice(text).getElement());
        } else if (!wanted) {
            shown.ifPresent(e -> e.removeFromParent());
        }
    }
}
