package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.moralbase.base.ui.Grids;
import org.moralbase.choicepair.ModelComparison;
import org.moralbase.choicepair.ModelShareSummary;
import org.moralbase.choicepair.RunBalance;
import org.moralbase.stats.choice.ChoiceComparison;

/**
 * The shares page's models beside people: per model its agreement (ties counted apart), mean KL divergence with its
 * smoothing, the option-order balance of its pooled runs; which runs were left out as unbalanced, and the choice to
 * pool them too.
 */
class ModelsPanel extends VerticalLayout {

    ModelsPanel(ModelComparison comparison, Consumer<Boolean> includeUnbalanced) {
        setPadding(false);
        Checkbox pool = new Checkbox("Pool unbalanced runs too", comparison.includesUnbalanced());
        pool.setId("shares-include-unbalanced");
        pool.addValueChangeListener(e -> includeUnbalanced.accept(e.getValue()));
        add(
                new H3("Models beside people"),
                new Paragraph("Model share = share of its parseable answers choosing A, both option orders pooled."
                        + " Agreement = share of items where the model's majority is the people's; items tied on"
                        + " either side have no verdict and are counted apart. Divergence = KL(people ‖ model) ="
                        + " p ln(p/q) + (1 − p) ln((1 − p)/(1 − q)) in nats, with the "
                        + ChoiceComparison.SMOOTHING + ", so that it is never 0 or 1. Only runs whose answers are"
                        + " balanced over the two option orders (each order 40–60%, every order recorded) are pooled"
                        + " unless you choose otherwise."),
                pool);
        if (!comparison.leftOut().isEmpty()) {
            Paragraph left = new Paragraph("Left out, option orders unbalanced: "
                    + comparison.leftOut().stream().map(ModelsPanel::run).collect(Collectors.joining("; "))
                    + ".");
            left.setId("shares-left-out");
            add(left);
        } else if (comparison.includesUnbalanced()
                && comparison.runs().stream().anyMatch(r -> !r.balance().balanced())) {
            Paragraph note = new Paragraph("Unbalanced runs are pooled: "
                    + comparison.runs().stream()
                            .filter(r -> !r.balance().balanced())
                            .map(ModelsPanel::run)
                            .collect(Collectors.joining("; "))
                    + ".");
            note.setId("shares-left-out");
            add(note);
        }
        if (!comparison.models().isEmpty()) {
            add(summary(comparison));
        }
    }

    private static String run(RunBalance r) {
        return r.model() + " run " + r.runId() + " (" + r.balance().describe() + ")";
    }

    // columns share the width and wrap (never wider than the page), the details in each cell's tooltip
    private static Grid<ModelShareSummary> summary(ModelComparison comparison) {
        Grid<ModelShareSummary> summary = Grids.readable(new Grid<>());
        summary.addColumn(ModelShareSummary::model).setHeader("Model").setFlexGrow(2);
        summary.addColumn(ModelShareSummary::runsPooled)
                .setHeader("Runs pooled")
                .setFlexGrow(1);
        summary.addColumn(ModelShareSummary::items).setHeader("Items").setFlexGrow(1);
        summary.addColumn(m -> m.agreementRate() == null
                        ? "– (" + m.tiedItems() + " tied)"
                        : String.format(
                                Locale.ROOT,
                                "%.3f (%d items, %d tied)",
                                m.agreementRate(),
                                m.majorityItems(),
                                m.tiedItems()))
                .setHeader("Agreement")
                .setTooltipGenerator(m -> "The share of items with a people's majority where the model's majority is"
                        + " the same; " + m.tiedItems() + " items where people tied are left out")
                .setFlexGrow(2);
        summary.addColumn(
                        m -> m.meanDivergence() == null ? "–" : String.format(Locale.ROOT, "%.3f", m.meanDivergence()))
                .setHeader("Mean KL (nats)")
                .setTooltipGenerator(m -> "KL(people ‖ model) per item with Jeffreys smoothing, averaged over items")
                .setFlexGrow(1);
        summary.addColumn(m -> m.balance().describe())
                .setHeader("Option orders")
                .setFlexGrow(2);
        summary.addColumn(ModelShareSummary::answers).setHeader("Answers").setFlexGrow(1);
        summary.addColumn(ModelShareSummary::unparseable)
                .setHeader("Unparseable")
                .setFlexGrow(1);
        summary.setItems(comparison.models());
        summary.setAllRowsVisible(true);
        summary.setId("model-summary-grid");
        return summary;
    }
}
