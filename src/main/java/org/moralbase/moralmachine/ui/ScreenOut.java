package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.participation.Source;

/** The way back to Prolific for a participant who ends early (no consent): the study's screen-out code. */
final class ScreenOut {

    private ScreenOut() {}

    static void addReturn(Div page, MoralMachineSession mm) {
        String code = mm.study().recruitment().screenOutCode();
        if (mm.session().source() != Source.PROLIFIC || code == null) {
            return;
        }
        Span shown = new Span(code);
        shown.setId("screen-out-code");
        shown.addClassName("mb-code");
        Anchor back = new Anchor(
                "https://app.prolific.com/submissions/complete?cc=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                page.getTranslation("done.prolific"));
        back.setId("prolific-screen-out");
        back.addClassName("mb-return");
        page.add(new Paragraph(page.getTranslation("done.code")), shown, new Div(back));
    }
}
