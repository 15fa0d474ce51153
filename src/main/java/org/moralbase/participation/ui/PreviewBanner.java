package org.moralbase.participation.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.Source;

/**
 * The line across the top of a participant page a researcher previews ({@code ?preview=1}): it says so, and that the
 * answers are kept out of the results ({@code preview-banner}). Nothing for real participants.
 */
public final class PreviewBanner extends Div {

    private PreviewBanner() {
        setId("preview-banner");
        addClassName("mb-preview-banner");
        setText(getTranslation("preview.banner"));
    }

    /** Puts the banner first on the page when this is a preview session and it is not there yet. */
    public static void keepOn(HasComponents page, SessionState session) {
        if (session.source() != Source.PREVIEW) {
            return;
        }
        boolean shown = page.getElement().getChildren().anyMatch(e -> "preview-banner".equals(e.getAttribute("id")));
        if (!shown) {
            page.addComponentAsFirst(new PreviewBanner());
        }
    }
}
