package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.moralbase.annotation.ProjectSummary;
import org.moralbase.annotation.QualityReport;
import org.moralbase.annotation.QualityService;
import org.moralbase.annotation.QuestionSpec;

/** Disagreements first: the reviewer picks the final label; the label then records who decided. */
class ReviewPanel extends VerticalLayout {

    private static final int SHOWN = 100;

    private final QualityService quality;
    private final long projectId;
    private final Map<String, QuestionSpec> questions;

    ReviewPanel(QualityService quality, ProjectSummary project) {
        this.quality = quality;
        this.projectId = project.id();
        this.questions =
                project.questions().stream().collect(Collectors.toMap(QuestionSpec::code, Function.identity()));
        setId("review-panel");
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        List<QualityReport.ItemRow> queue = quality.reviewQueue(projectId);
        add(new Span(queue.stream().filter(QualityReport.ItemRow::disagreement).count()
                + " item questions with disagreement, listed first"));
        queue.stream().limit(SHOWN).forEach(this::card);
    }

    private void card(QualityReport.ItemRow row) {
        String id = row.itemKey() + "-" + row.question();
        Div card = new Div();
        card.setId("review-" + id);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("width", "100%");
        Span head = new Span(row.itemKey() + " · " + row.question() + " · majority " + row.majority() + " ("
                + QualityPanel.pct(row.majorityShare()) + " of " + row.ratings() + ")"
                + (row.gold().isEmpty() ? "" : " · gold " + row.gold()));
        Span decided = new Span(
                row.finalLabel().isEmpty()
                        ? "no final label"
                        : "final: " + row.finalLabel() + " (by " + row.decidedBy() + ")");
        decided.setId("final-" + id);
        FlexLayout choices = new FlexLayout();
        choices.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        QuestionSpec q = questions.get(row.question());
        List<String> answers = q == null ? List.of() : q.keyedAnswers();
        for (int i = 0; i < answers.size(); i++) {
            String label = answers.get(i);
            Button b = new Button(label, e -> {
                quality.adjudicate(projectId, row.itemKey(), row.question(), label);
                refresh();
            });
            b.setId("decide-" + id + "-" + (i + 1));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            choices.add(b);
        }
        card.add(new Div(head), new Div(decided), choices);
        if (row.disagreement()) {
            card.getStyle().set("border-color", "var(--lumo-error-color-50pct)");
        }
        add(card);
    }
}
