package org.moralbase.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A plain page with a title and an explanation: the shared look of every "cannot go on" page. */
public class MessagePage extends Div {

    public MessagePage(String id, String title, String explanation) {
        setId(id);
        addClassName("mb-card");
        H2 heading = new H2(title);
        heading.addClassName("mb-page-title");
        add(heading, new Paragraph(explanation));
    }
}
