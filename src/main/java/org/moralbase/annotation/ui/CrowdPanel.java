package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.moralbase.annotation.CrowdLink;
import org.moralbase.annotation.CrowdLinkService;
import org.moralbase.base.ui.Form;
import org.moralbase.study.Recruitment;

/** The project's public link for Prolific or MTurk workers: platform, codes, open and close. */
class CrowdPanel extends VerticalLayout {

    private final CrowdLinkService links;
    private final long id;
    private final Span link = new Span();

    CrowdPanel(CrowdLinkService links, long id) {
        this.links = links;
        this.id = id;
        setId("crowd-panel");
        setPadding(false);
        Optional<CrowdLink> current = links.link(id);
        Select<Recruitment> platform = new Select<>();
        platform.setLabel("Platform");
        platform.setItems(Recruitment.PROLIFIC, Recruitment.MTURK);
        platform.setItemLabelGenerator(Recruitment::label);
        platform.setId("crowd-platform");
        TextField completion = new TextField("Completion code (Prolific)");
        completion.setId("crowd-completion-code");
        TextField screenOut = new TextField("Screen-out code (optional)");
        screenOut.setId("crowd-screen-out-code");
        Form<CrowdCodes> form = new Form<>(CrowdCodes.class)
                .bind(platform, "platform")
                .text(completion, "completionCode", "Completion code")
                .text(screenOut, "screenOutCode", "Screen-out code");
        form.read(new CrowdCodes(
                current.map(CrowdLink::recruitment).orElse(Recruitment.PROLIFIC),
                current.map(CrowdLink::completionCode).orElse(null),
                current.map(CrowdLink::screenOutCode).orElse(null)));
        Button open = new Button("Open crowd link");
        form.submitOn(
                open,
                c -> links.open(id, c.platform(), c.completionCode(), c.screenOutCode()),
                opened -> show(Optional.of(opened)));
        open.setId("crowd-open");
        Button close = new Button("Close crowd link", e -> {
            links.close(id);
            show(Optional.empty());
        });
        close.setId("crowd-close");
        link.setId("crowd-link");
        add(
                new Paragraph("Crowd workers from Prolific or MTurk need no account: give the platform this link. "
                        + "They get the same assignment rules and checks as annotators, and a code at the end."),
                platform,
                completion,
                screenOut,
                open,
                close,
                link);
        show(current);
    }

    private void show(Optional<CrowdLink> current) {
        link.setText(current.map(c -> "Link: /" + c.path()
                        + (c.recruitment() == Recruitment.PROLIFIC
                                ? "?PROLIFIC_PID={{%PROLIFIC_PID%}}&STUDY_ID={{%STUDY_ID%}}&SESSION_ID={{%SESSION_ID%}}"
                                : " (MTurk adds workerId, assignmentId, hitId, turkSubmitTo)"))
                .orElse("The crowd link is closed."));
    }
}
