package org.moralbase.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A plain page with a title and an explanation: the shared look of every "cannot go on" page. */
public class MessagePage extends Div {

    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();

    public MessagePage(String id, String title, String explanation) {
        setId(id);
        addClassName("mb-card");
        heading.addClassName("mb-page-title");
        add(heading, text);
        setTexts(title, explanation);
    }

    /** Replaces the title and the explanation (e.g. once the page's language is known). */
    protected void setTexts(String title, String explanation) {
        heading.setText(title);
        text.setText(explanation);
    }
}
