package org.moralbase.annotation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Optional;
import org.moralbase.annotation.CheckOutcome;
import org.moralbase.annotation.WorkBrief;
import org.moralbase.annotation.WorkItem;
import org.moralbase.base.ui.Notices;

/**
 * The work itself, for annotators and crowd workers alike: comprehension checks first, then one item after
 * another, by keyboard or mouse. Where the answers go and what the end looks like is the {@link WorkPort}'s.
 */
class WorkPanel extends VerticalLayout {

    /** The service calls behind the panel, and the end page. */
    interface WorkPort {
        Optional<WorkBrief> brief();

        CheckOutcome answerChecks(java.util.Map<String, String> answers);

        Optional<WorkItem> next();

        void submit(long assignmentId, java.util.Map<String, String> answers);

        /** What to show once no further item comes (screened out, cap reached or nothing left). */
        com.vaadin.flow.component.Component end(WorkBrief brief);
    }

    private static final Key[] DIGITS = {
        Key.DIGIT_1,
        Key.DIGIT_2,
        Key.DIGIT_3,
        Key.DIGIT_4,
        Key.DIGIT_5,
        Key.DIGIT_6,
        Key.DIGIT_7,
        Key.DIGIT_8,
        Key.DIGIT_9
    };
    private static final Key[] NUMPAD = {
        Key.NUMPAD_1,
        Key.NUMPAD_2,
        Key.NUMPAD_3,
        Key.NUMPAD_4,
        Key.NUMPAD_5,
        Key.NUMPAD_6,
        Key.NUMPAD_7,
        Key.NUMPAD_8,
        Key.NUMPAD_9
    };

    private final WorkPort work;
    private final Div body = new Div();
    private final Span progressText = new Span();
    private final ProgressBar progressBar = new ProgressBar(0, 1, 0);
    private WorkBrief brief;
    private WorkItem item;
    private AnswerSheet sheet;

    WorkPanel(WorkPort work, WorkBrief brief) {
        this.work = work;
        this.brief = brief;
        setPadding(false);
        progressText.setId("progress");
        body.setWidthFull();
        for (int i = 0; i < 9; i++) {
            int n = i + 1;
            Shortcuts.addShortcutListener(this, () -> onSheet(s -> s.digit(n)), DIGITS[i])
                    .allowBrowserDefault();
            Shortcuts.addShortcutListener(this, () -> onSheet(s -> s.digit(n)), NUMPAD[i])
                    .allowBrowserDefault();
        }
        Shortcuts.addShortcutListener(this, () -> onSheet(s -> s.step(-1)), Key.ARROW_LEFT)
                .allowBrowserDefault();
        Shortcuts.addShortcutListener(this, () -> onSheet(s -> s.step(1)), Key.ARROW_RIGHT)
                .allowBrowserDefault();
        Shortcuts.addShortcutListener(this, () -> onSheet(s -> s.move(-1)), Key.ARROW_UP);
        Shortcuts.addShortcutListener(this, () -> onSheet(s -> s.move(1)), Key.ARROW_DOWN);
        Shortcuts.addShortcutListener(this, this::submit, Key.ENTER);
        Shortcuts.addShortcutListener(this, this::submit, Key.ENTER, KeyModifier.CONTROL);
        show();
    }

    private void show() {
        removeAll();
        H2 title = new H2(brief.title());
        title.setId("project-title");
        Paragraph instructions = new Paragraph(brief.instructions());
        instructions.getStyle().set("white-space", "pre-wrap");
        Div help = new Div(instructions);
        if (!brief.workedExample().isBlank()) {
            Paragraph example = new Paragraph(brief.workedExample());
            example.setId("worked-example");
            help.add(new H3("Worked example"), example);
        }
        help.add(new Paragraph("Keys: 1–9 choose, ←/→ move along a scale, ↑/↓ change question, Enter submits."));
        Details details = new Details("Instructions", help);
        details.setId("instructions");
        details.setOpened(!brief.checksPassed() || brief.progress().mine() == 0);
        progressBar.setWidthFull();
        add(title, progressText, progressBar, details, body);
        showProgress(brief.progress());
        if (brief.screenedOut()) {
            showEnd();
        } else if (!brief.checksPassed()) {
            showChecks();
        } else {
            loadNext();
        }
    }

    private void showChecks() {
        item = null;
        sheet = null;
        body.removeAll();
        CheckForm form = new CheckForm(brief.checks(), answers -> {
            CheckOutcome outcome = work.answerChecks(answers);
            switch (outcome) {
                case PASSED -> loadNext();
                case TRY_AGAIN -> Notices.warning("Not quite: read the instructions again and retry.");
                case SCREENED_OUT -> {
                    brief = work.brief().orElse(brief);
                    showEnd();
                }
            }
        });
        body.add(form);
    }

    private void loadNext() {
        Optional<WorkItem> next = work.next();
        if (next.isEmpty()) {
            brief = work.brief().orElse(brief);
            showProgress(brief.progress());
            showEnd();
            return;
        }
        item = next.get();
        showProgress(item.progress());
        body.removeAll();
        Div card = new Div();
        card.setId("annotate-item");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Paragraph context = new Paragraph(item.context());
        context.setId("item-context");
        context.getStyle().set("white-space", "pre-wrap");
        Div a = option("item-option-a", "Option A", item.optionA());
        Div b = option("item-option-b", "Option B", item.optionB());
        card.add(context, a, b);
        if (!item.metadata().isEmpty()) {
            // exactly the fields the researcher chose to show (MetadataShown), none left out here
            Span meta = new Span(item.metadata().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((x, y) -> x + " · " + y)
                    .orElse(""));
            meta.setId("item-metadata");
            meta.addClassName("mb-muted");
            meta.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(meta);
        }
        sheet = new AnswerSheet(brief.questions());
        Button submit = new Button("Submit (Enter)", e -> submit());
        submit.setId("submit-item");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(card, sheet, submit);
    }

    private static Div option(String id, String label, String text) {
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "bold");
        Div div = new Div(name, new Span(text));
        div.setId(id);
        div.getStyle().set("margin", "var(--lumo-space-s) 0");
        return div;
    }

    private void submit() {
        if (item == null || sheet == null) {
            return;
        }
        try {
            work.submit(item.assignmentId(), sheet.answers());
            loadNext();
        } catch (IllegalArgumentException e) {
            Notices.error(e.getMessage());
        }
    }

    private void onSheet(java.util.function.Consumer<AnswerSheet> action) {
        if (sheet != null && !sheet.typing()) {
            action.accept(sheet);
        }
    }

    private void showEnd() {
        item = null;
        sheet = null;
        body.removeAll();
        body.add(work.end(brief));
    }

    private void showProgress(WorkBrief.Progress p) {
        String cap = p.myCap() == null ? "" : " of at most " + p.myCap();
        progressText.setText("You: " + p.mine() + cap + " items · project: " + p.projectDone() + " / "
                + p.projectTarget() + " judgements");
        progressBar.setValue(p.projectTarget() == 0 ? 0 : Math.min(1, (double) p.projectDone() / p.projectTarget()));
    }

    /** Comprehension checks as radio groups. */
    static final class CheckForm extends VerticalLayout {
        CheckForm(
                List<org.moralbase.annotation.QuestionSpec> checks,
                java.util.function.Consumer<java.util.Map<String, String>> onSubmit) {
            setId("check-form");
            setPadding(false);
            add(new H3("Before you start: check your understanding"));
            java.util.Map<String, com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>> groups =
                    new java.util.LinkedHashMap<>();
            for (org.moralbase.annotation.QuestionSpec c : checks) {
                com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> group =
                        new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>(c.prompt());
                group.setItems(c.options());
                group.setId("check-" + c.code());
                groups.put(c.code(), group);
                add(group);
            }
            Button submit = new Button("Continue", e -> {
                java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
                groups.forEach((code, g) -> answers.put(code, g.getValue()));
                onSubmit.accept(answers);
            });
            submit.setId("submit-checks");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
    }
}
