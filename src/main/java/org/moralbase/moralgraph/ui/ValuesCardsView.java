package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.moralgraph.CardTranscripts;
import org.moralbase.moralgraph.CardTranscripts.CardWithTranscript;
import org.moralbase.moralgraph.InterviewTurn;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A values-card study's cards, each with the interview that helped write it (decision 0037): the transcript turn by
 * turn, the interviewer's answers exactly as the model sent them. The newest cards first, at most {@link #SHOWN}.
 */
@Route("studies/:id/vc-cards")
@PageTitle("Cards and interviews · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
@com.vaadin.flow.component.dependency.StyleSheet("kinds/valuescard.css")
public class ValuesCardsView extends VerticalLayout implements BeforeEnterObserver {

    /** How many cards the page shows (the export has them all). */
    static final int SHOWN = 200;

    private final StudyService studies;
    private final CardTranscripts transcripts;

    ValuesCardsView(StudyService studies, CardTranscripts transcripts) {
        this.studies = studies;
        this.transcripts = transcripts;
        setId("vc-cards-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, ValuesCardKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Cards and interviews · " + s.title());
        title.setId("results-heading");
        add(new Anchor("studies/" + s.id(), "← Study"), title);
        List<CardWithTranscript> all = transcripts.list(s.id());
        long interviewed = all.stream().filter(c -> !c.transcript().isEmpty()).count();
        Paragraph summary = new Paragraph("Cards: " + all.size() + "; written with the interviewer: " + interviewed
                + "." + (all.size() > SHOWN ? " The newest " + SHOWN + " are shown; the exports have all." : ""));
        summary.setId("vc-cards-summary");
        add(summary);
        List<CardWithTranscript> shown = all.reversed().stream().limit(SHOWN).toList();
        for (CardWithTranscript c : shown) {
            add(card(c));
        }
    }

    private Div card(CardWithTranscript c) {
        H3 title = new H3(c.card().title());
        Paragraph by = new Paragraph("#" + c.card().id() + " · "
                + (c.participant() == null ? "imported" : "participant " + c.participant()));
        by.addClassName("mb-vc-note");
        UnorderedList policies = new UnorderedList();
        c.card().policies().forEach(p -> policies.add(new ListItem(p)));
        Div box = new Div(title, by);
        if (c.card().description() != null) {
            box.add(new Paragraph(c.card().description()));
        }
        box.add(policies);
        if (!c.transcript().isEmpty()) {
            Div log = new Div();
            log.addClassName("mb-vc-log");
            for (InterviewTurn t : c.transcript()) {
                Div turn = new Div(t.text());
                turn.addClassNames("mb-vc-turn", "mb-vc-turn-" + t.role());
                turn.getElement().setAttribute("title", t.role() + " · " + t.at());
                log.add(turn);
            }
            Details details = new Details("Interview (" + c.transcript().size() + " turns)", log);
            details.setId("vc-card-" + c.card().id() + "-interview");
            box.add(details);
        }
        box.addClassName("mb-vc-card");
        box.getStyle().set("box-sizing", "border-box").set("max-width", "100%").set("overflow-wrap", "anywhere");
        box.setId("vc-card-" + c.card().id());
        return box;
    }
}
