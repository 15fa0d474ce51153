package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.base.Svg;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.condition.StudyConditions;
import org.moralbase.condition.ui.ConditionPicker;
import org.moralbase.moralgraph.GraphReport;
import org.moralbase.moralgraph.GraphSvg;
import org.moralbase.moralgraph.RankedCard;
import org.moralbase.moralgraph.ScoredGraph;
import org.moralbase.moralgraph.ValuesCardGraph;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A values-card study's moral graph: the pooled graph drawn, the top cards by PageRank pooled and per context, and an
 * imported graph beside them (docs/methods.md, "Moral graph").
 */
@Route("studies/:id/vc-graph")
@PageTitle("Moral graph · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class MoralGraphView extends VerticalLayout implements BeforeEnterObserver {

    /** How many cards each "top cards" list shows. */
    static final int TOP = 10;

    private final StudyService studies;
    private final ValuesCardGraph graphs;

    private final StudyConditions conditions;
    private String condition;

    MoralGraphView(StudyService studies, ValuesCardGraph graphs, StudyConditions conditions) {
        this.conditions = conditions;
        this.studies = studies;
        this.graphs = graphs;
        setId("vc-graph-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        condition = null;
        StudyPages.fromRoute(event, studies, ValuesCardKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Moral graph · " + s.title());
        title.setId("results-heading");
        add(title);
        ConditionPicker.of(conditions.list(s.id()), condition, code -> {
                    condition = code;
                    show(s);
                })
                .ifPresent(this::add);
        GraphReport report = graphs.report(s.id(), condition);
        Paragraph summary = new Paragraph(report.cards() + " cards, " + report.votes() + " votes, "
                + report.pooled().graph().edges().size() + " of "
                + report.pooled().graph().allEdges().size()
                + " edges kept (at least 2 wiser votes, wiserLikelihood ≥ 0.33, entropy ≤ 1.69; MGE's rules)."
                + " Cards ranked by weighted PageRank (damping 0.85, 100 iterations).");
        summary.setId("vc-graph-summary");
        add(summary);
        graph("vc-graph-pooled", report.pooled());
        for (int i = 0; i < report.byContext().size(); i++) {
            ScoredGraph g = report.byContext().get(i);
            add(new H3("Context: " + g.label()));
            add(top("vc-top-context-" + (i + 1), g));
        }
        report.imported().ifPresent(g -> graph("vc-graph-imported", g));
        for (int i = 0; i < report.models().size(); i++) {
            graph("vc-graph-model-" + (i + 1), report.models().get(i));
        }
    }

    private void graph(String id, ScoredGraph g) {
        add(new H3(g.label()));
        SvgChart chart = new SvgChart(id, id);
        chart.setSvg(GraphSvg.svg(g));
        add(chart, top(id + "-top", g));
    }

    private Grid<Row> top(String id, ScoredGraph g) {
        List<Row> rows = new ArrayList<>();
        List<RankedCard> top = g.top(TOP);
        for (int i = 0; i < top.size(); i++) {
            rows.add(new Row(i + 1, top.get(i)));
        }
        Grid<Row> grid = Grids.readable(new Grid<>());
        grid.addColumn(Row::rank).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.card().card().title()).setHeader("Card").setFlexGrow(1);
        grid.addColumn(r -> Svg.fmt(r.card().pageRank(), 4))
                .setHeader("PageRank")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        return grid;
    }

    private record Row(int rank, RankedCard card) {}
}
