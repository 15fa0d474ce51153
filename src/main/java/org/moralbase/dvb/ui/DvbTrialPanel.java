package org.moralbase.dvb.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.moralbase.dvb.DvbTrialPage;
import org.moralbase.dvb.StoredExamples;
import org.moralbase.participation.ui.SaveStatus;

/**
 * One DVB trial: the user's earlier choices in a compact box that scrolls by itself (so that with N = 20 or 40 the
 * new pair and the two answer buttons still stand on a phone's first screen), then the new pair and the buttons.
 * Every text is set as text (escaped), never as HTML.
 */
class DvbTrialPanel extends Div {

    /** About this many earlier choices fit the box on a phone; with more, a line says that the box scrolls. */
    private static final int SHOWN_WITHOUT_SCROLLING = 2;

    private final SaveStatus status = new SaveStatus("dvb-save-status", "dvb-retry-save");
    private final Div buttons = new Div();
    private final java.util.List<Button> choices = new java.util.ArrayList<>();

    /** The new pair's length (both options, in characters) past which a phone gives it more of the screen. */
    static final int LONG_PAIR = 200;

    DvbTrialPanel(DvbTrialPage page, Component heading, Consumer<String> choose) {
        addClassName("mb-dvb-trial");
        Paragraph context =
                new Paragraph(getTranslation("dvb.trial.context", page.contextName(), page.contextActivity()));
        context.setId("dvb-context");
        context.addClassName("mb-muted");
        H3 earlier = new H3(getTranslation("dvb.trial.earlier"));
        earlier.addClassName("mb-dvb-earlier");
        add(heading, context, earlier);
        Div examples = new Div();
        examples.setId("dvb-examples");
        examples.addClassName("mb-dvb-examples");
        // a box that scrolls must be reachable by keyboard and named for screen readers
        examples.getElement().setAttribute("tabindex", "0");
        examples.getElement().setAttribute("role", "region");
        examples.getElement().setAttribute("aria-label", getTranslation("dvb.trial.earlier"));
        for (int i = 0; i < page.training().size(); i++) {
            examples.add(example(i + 1, page.training().get(i)));
        }
        add(examples);
        if (page.training().size() > SHOWN_WITHOUT_SCROLLING) {
            Paragraph hint = new Paragraph(
                    getTranslation("dvb.trial.scroll", page.training().size()));
            hint.setId("dvb-examples-hint");
            hint.addClassNames("mb-muted", "mb-dvb-scroll-hint");
            add(hint);
        }

        H3 newPair = new H3(getTranslation("dvb.trial.new"));
        Div test = new Div(
                option("dvb-test-option-a", "A", page.test().a(), false),
                option("dvb-test-option-b", "B", page.test().b(), false));
        test.setId("dvb-test");
        test.addClassName("mb-dvb-test");
        if (page.test().a().length() + page.test().b().length() > LONG_PAIR) {
            addClassName("mb-dvb-long-pair"); // on a phone the earlier choices then take less room (styles.css)
        }
        Paragraph question = new Paragraph(getTranslation("dvb.trial.question"));
        question.addClassName("mb-dvb-question");
        add(newPair, test, question);
        if (choose != null) {
            Button a = new Button(getTranslation("dvb.choose", "A"), e -> choose.accept("A"));
            a.setId("dvb-choose-a");
            Button b = new Button(getTranslation("dvb.choose", "B"), e -> choose.accept("B"));
            b.setId("dvb-choose-b");
            a.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            a.setDisableOnClick(true);
            b.setDisableOnClick(true);
            buttons.add(a, b);
            choices.add(a);
            choices.add(b);
            buttons.addClassName("mb-dvb-buttons");
            add(buttons, status);
        }
    }

    /** Where the answer's save reports a slow database or a failure. */
    SaveStatus status() {
        return status;
    }

    /** Whether an answer may be chosen: not while one is being saved. */
    void setChoosable(boolean choosable) {
        choices.forEach(b -> b.setEnabled(choosable));
    }

    boolean isChoosable() {
        return choices.stream().anyMatch(Button::isEnabled);
    }

    private Div example(int number, StoredExamples.Pair pair) {
        Span title = new Span(getTranslation("dvb.trial.choice", number));
        title.addClassName("mb-dvb-example-title");
        Div card = new Div(
                title,
                option(null, "A", pair.a(), "A".equals(pair.chosen())),
                option(null, "B", pair.b(), "B".equals(pair.chosen())));
        card.addClassName("mb-dvb-example");
        card.setId("dvb-example-" + number);
        return card;
    }

    private Div option(String id, String label, String text, boolean chosen) {
        Span name = new Span(getTranslation("dvb.option", label) + ": ");
        name.addClassName("mb-dvb-label");
        Div row = new Div(name, new Span(text));
        row.addClassName("mb-dvb-option");
        if (chosen) {
            row.addClassName("mb-dvb-chosen");
            Span mark = new Span(" ✓ " + getTranslation("dvb.trial.chose"));
            mark.addClassName("mb-dvb-mark");
            row.add(mark);
        }
        if (id != null) {
            row.setId(id);
        }
        return row;
    }
}
