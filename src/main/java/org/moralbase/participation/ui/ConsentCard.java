package org.moralbase.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The consent card every kind's participant page opens with: the study's consent text and "I agree" / "I do not
 * agree". Ids carry the kind's prefix ({@code <prefix>-consent}, {@code -consent-agree}, {@code -consent-decline}), so
 * each kind's tests and page objects keep theirs.
 */
public final class ConsentCard extends Div {

    /**
     * A consent card.
     *
     * @param prefix the kind's id prefix, e.g. "cp"
     * @param text the consent text (the study's own, or the kind's standard one)
     * @param agree what "I agree" does (the kind stores the consent and shows the first item)
     * @param decline what "I do not agree" does (the kind ends the session)
     */
    public ConsentCard(String prefix, String text, Runnable agree, Runnable decline) {
        Button yes = new Button(getTranslation("consent.agree"), e -> agree.run());
        yes.setId(prefix + "-consent-agree");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("consent.decline"), e -> decline.run());
        no.setId(prefix + "-consent-decline");
        add(new H2(getTranslation("consent.title")), new Paragraph(text), new Div(yes, no));
        addClassName("mb-card");
        setId(prefix + "-consent");
    }
}
