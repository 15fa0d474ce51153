package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.moralbase.base.ui.Grids;
import org.moralbase.stats.IntervalCaveat;
import org.moralbase.stats.proportion.Proportion;

/**
 * The per-item grid of the shares page: people's share of A (Wilson 95% interval, or a caveat when it says nothing),
 * each model's share, difference, KL divergence and verdict; sortable columns, a search over ids and texts, a filter,
 * and the full texts in wrapping cells and in a details row (click a row). Rows come lazily from {@link ShareRows}.
 */
class ShareGrid extends VerticalLayout {

    private final ShareRows rows;
    private final Grid<ShareRow> grid = Grids.readable(new Grid<>());
    private final TextField search = new TextField();
    private final Select<ShareRows.Show> show = new Select<>();
    private final Span count = new Span();

    ShareGrid(ShareRows rows, boolean withModels, boolean severalModels) {
        this.rows = rows;
        setPadding(false);
        search.setId("shares-search");
        search.setPlaceholder("Search item id, situation, options, model");
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        show.setId("shares-filter");
        show.setItems(ShareRows.Show.values());
        show.setItemLabelGenerator(ShareRows.Show::label);
        show.setValue(ShareRows.Show.ALL);
        show.setAriaLabel("Show");
        show.setVisible(withModels);
        show.addValueChangeListener(e -> refresh());
        count.setId("shares-count");
        HorizontalLayout bar = new HorizontalLayout(search, show, count);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        columns(withModels, severalModels);
        grid.setId("shares-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        // a click sorts by that column alone; shift-click adds a column to the sort
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND, true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(ShareGrid::details));
        grid.setItems(
                q -> rows.fetch(
                        search.getValue(), show.getValue(), sorts(q.getSortOrders()), q.getOffset(), q.getLimit()),
                q -> rows.count(search.getValue(), show.getValue()));
        grid.setHeight("640px");
        add(bar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void columns(boolean withModels, boolean severalModels) {
        grid.addColumn(r -> r.item().key())
                .setHeader("Item")
                .setSortProperty("item")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("item");
        grid.addComponentColumn(ShareGrid::options)
                .setHeader("Options")
                .setFlexGrow(1)
                .setWidth("14rem")
                .setKey("options");
        grid.addComponentColumn(r -> people(r.item().shareA()))
                .setHeader("People choosing A")
                .setSortProperty("people")
                .setWidth("10rem")
                .setFlexGrow(0)
                .setKey("people");
        grid.addColumn(ShareRow::peopleN)
                .setHeader("n")
                .setSortProperty("peopleN")
                .setWidth("4.5rem")
                .setFlexGrow(0)
                .setKey("peopleN");
        if (!withModels) {
            grid.addColumn(r -> r.item().undecided())
                    .setHeader("Cannot decide")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            return;
        }
        if (severalModels) {
            grid.addColumn(r -> r.model().model())
                    .setHeader("Model")
                    .setSortProperty("model")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("model");
        }
        grid.addColumn(r -> number(r.modelShare()) + " n=" + r.modelN())
                .setHeader("Model choosing A")
                .setSortProperty("modelShare")
                .setWidth("7.5rem")
                .setFlexGrow(0)
                .setKey("modelShare");
        grid.addColumn(r -> signed(r.difference()))
                .setHeader("Model − people")
                .setSortProperty("difference")
                .setWidth("7rem")
                .setFlexGrow(0)
                .setKey("difference");
        grid.addColumn(r -> number(r.divergence()))
                .setHeader("KL (nats)")
                .setSortProperty("divergence")
                .setWidth("6rem")
                .setFlexGrow(0)
                .setKey("divergence");
        grid.addColumn(r -> r.agrees() == null ? "no verdict" : r.agrees() ? "agree" : "disagree")
                .setHeader("Majorities")
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setKey("verdict");
    }

    /** Both options in full, one above the other. */
    private static Div options(ShareRow r) {
        Div a = new Div("A: " + r.item().optionA());
        Div b = new Div("B: " + r.item().optionB());
        Div d = new Div(a, b);
        d.getStyle().set("white-space", "normal");
        return d;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        int shown = rows.count(search.getValue(), show.getValue());
        count.setText(shown == rows.total() ? rows.total() + " rows" : shown + " of " + rows.total() + " rows");
    }

    private static List<ShareRows.SortBy> sorts(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new ShareRows.SortBy(o.getSorted(), o.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    /** The full texts of a row's item: situation, both options, counts. */
    private static Div details(ShareRow r) {
        Div d = new Div();
        d.addClassName("share-details");
        d.getStyle().set("white-space", "pre-wrap").set("padding", "0.25em 1em");
        if (r.item().context() != null && !r.item().context().isBlank()) {
            d.add(new Paragraph(r.item().context()));
        }
        d.add(
                new Paragraph("A: " + r.item().optionA()),
                new Paragraph("B: " + r.item().optionB()));
        return d;
    }

    /** The people's share with its Wilson interval, or with the caveat that replaces it. */
    static Div people(Proportion p) {
        Div d = new Div();
        d.getStyle().set("white-space", "normal");
        if (p == null) {
            d.setText("–");
            return d;
        }
        String counts = p.successes() + "/" + p.trials();
        IntervalCaveat.of(p.trials(), "answers", p.ciLow(), p.ciHigh())
                .ifPresentOrElse(
                        c -> {
                            Span caveat = new Span(c);
                            caveat.addClassName("interval-caveat");
                            caveat.getStyle()
                                    .set("display", "block")
                                    .set("font-size", "var(--lumo-font-size-s)")
                                    .set("color", "var(--lumo-secondary-text-color)");
                            d.add(new Span(String.format(Locale.ROOT, "%.3f  %s", p.estimate(), counts)), caveat);
                        },
                        () -> d.setText(String.format(
                                Locale.ROOT, "%.3f [%.3f, %.3f]  %s", p.estimate(), p.ciLow(), p.ciHigh(), counts)));
        return d;
    }

    static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String signed(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.3f", value);
    }
}
