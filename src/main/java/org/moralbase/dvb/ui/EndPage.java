package org.moralbase.dvb.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.moralbase.participation.ui.PlatformReturn;

/** The last page of a session: a title, a text, and the way back to the recruiting platform. */
class EndPage extends Div {

    EndPage(String id, String title, String text, PlatformReturn back) {
        setId(id);
        addClassName("mb-card");
        H2 heading = new H2(title);
        heading.addClassName("mb-page-title");
        add(heading);
        if (text != null) {
            add(new Paragraph(text));
        }
        add(back);
    }
}
