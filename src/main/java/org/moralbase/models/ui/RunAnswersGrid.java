package org.moralbase.models.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.moralbase.base.ui.Grids;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunAnswer;

/** Every prompt's stored outcome of a run, raw answer included, loaded page by page; optionally the unread only. */
class RunAnswersGrid extends VerticalLayout {

    private final ModelRunService runs;
    private final Grid<RunAnswer> grid = Grids.oneLinePerRow(new Grid<>());
    private final Checkbox invalidOnly = new Checkbox("Only prompts without a valid answer");
    private long runId;
    private int points = 2;

    RunAnswersGrid(ModelRunService runs) {
        this.runs = runs;
        setPadding(false);
        grid.setId("run-answers");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(a -> a.promptIndex() + 1).setHeader("#").setAutoWidth(true);
        grid.addColumn(RunAnswer::itemKey).setHeader("Item").setAutoWidth(true);
        grid.addColumn(a -> a.shownOrder() == null ? "?" : a.shownOrder())
                .setHeader("Order")
                .setAutoWidth(true);
        grid.addColumn(a -> a.sample() + 1).setHeader("Sample").setAutoWidth(true);
        grid.addColumn(a -> a.rawText() == null ? "" : a.rawText())
                .setHeader("Answer")
                .setFlexGrow(1)
                .setTooltipGenerator(a -> a.rawText() == null ? "" : a.rawText());
        grid.addColumn(a -> reading(a, points)).setHeader("Read as").setAutoWidth(true);
        grid.addColumn(a -> a.failure() == null ? "" : a.failure() + " after " + a.attempts() + " attempt(s)")
                .setHeader("No answer because")
                .setAutoWidth(true)
                .setTooltipGenerator(a -> a.errorDetail() == null ? "" : a.errorDetail());
        grid.addColumn(a -> a.latencyMillis() == null ? "" : a.latencyMillis() + " ms")
                .setHeader("Time")
                .setAutoWidth(true);
        grid.setHeight("28em");
        invalidOnly.setId("run-answers-invalid-only");
        invalidOnly.addValueChangeListener(e -> refresh());
        add(invalidOnly, grid);
    }

    /** Shows a run whose answers choose one of {@code points} positions (more than two: scale points). */
    void show(long runId, int points) {
        this.runId = runId;
        this.points = points;
        refresh();
    }

    void refresh() {
        boolean onlyInvalid = invalidOnly.getValue();
        grid.setItems(q -> runs.answers(runId, onlyInvalid, q.getOffset(), q.getLimit()).stream());
    }

    private static String reading(RunAnswer a, int points) {
        if (a.failure() != null) {
            return "no answer";
        }
        if (!a.valid()) {
            return "unreadable";
        }
        if (points > 2) {
            return "point " + a.chosenPosition();
        }
        String position = a.chosenPosition() == 1 ? "first shown" : "second shown";
        return "BA".equals(a.shownOrder()) ? position + " (the item's option " + a.chosenOption() + ")" : position;
    }
}
