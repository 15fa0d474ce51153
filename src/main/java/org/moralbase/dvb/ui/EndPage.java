package org.moralbase.dvb.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The last page of a session: a title, a text, and the platform's code with the way back, if any. */
class EndPage extends Div {

    EndPage(String id, String title, String text, String codeLabel, String code) {
        setId(id);
        addClassName("mb-card");
        H2 heading = new H2(title);
        heading.addClassName("mb-page-title");
        add(heading);
        if (text != null) {
            add(new Paragraph(text));
        }
        if (code != null) {
            Span shown = new Span(code);
            shown.setId("end-code");
            add(new Paragraph(new Span(codeLabel + " "), shown));
            Anchor back = new Anchor(
                    "https://app.prolific.com/submissions/complete?cc=" + code, getTranslation("done.prolific"));
            back.setId("end-prolific");
            add(back);
        }
    }
}
