package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.ui.Grids;
import org.moralbase.moralmachine.comparison.RunAnalysis;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceEstimate;

/** The nine AMCEs of a run beside Awad 2018, D and each dimension's share of D², and the position-bias split. */
class RunAmceTable extends VerticalLayout {

    /** One table line. */
    record Line(String attribute, AmceEstimate model, double human, Double share, double first, double second) {}

    private final Grid<Line> grid = new Grid<>();
    private final Span distance = new Span();
    private final Span bias = new Span();

    RunAmceTable() {
        setPadding(false);
        grid.setId("amce-table");
        distance.setId("run-distance");
        bias.setId("run-position-bias");
        Grids.readable(grid);
        Grids.names(grid, Line::attribute, "Attribute");
        grid.addColumn(l -> f(l.model().estimate())).setHeader("Model AMCE").setAutoWidth(true);
        grid.addColumn(l -> StudyAmceTable.interval(l.model()))
                .setHeader("95% CI")
                .setAutoWidth(true);
        grid.addColumn(l -> f(l.human())).setHeader("Awad 2018").setAutoWidth(true);
        grid.addColumn(l -> l.share() == null ? "–" : String.format("%.0f%%", 100 * l.share()))
                .setHeader("Share of D²")
                .setAutoWidth(true);
        grid.addColumn(l -> f(l.first())).setHeader("Baseline as Case 1").setAutoWidth(true);
        grid.addColumn(l -> f(l.second())).setHeader("Baseline as Case 2").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(distance, bias, grid);
    }

    void show(RunAnalysis a) {
        double[] human = AmceDistance.awad2018();
        List<Line> lines = new ArrayList<>();
        for (AmceAttribute attr : AmceAttribute.values()) {
            lines.add(new Line(
                    attr.displayName(),
                    a.amces().estimate(attr),
                    human[attr.ordinal()],
                    a.distance() == null ? null : a.distance().dimension(attr).shareOfSquaredDistance(),
                    a.baselineFirst().estimate(attr).estimate(),
                    a.baselineSecond().estimate(attr).estimate()));
        }
        grid.setItems(lines);
        distance.setText(
                a.distance() == null
                        ? "D to Awad 2018: not yet (an AMCE is still missing)"
                        : String.format("D to Awad 2018: %.4f", a.distance().distance()));
        bias.setText(
                Double.isNaN(a.case1Share())
                        ? "Position bias: no valid answers yet"
                        : String.format(
                                "Position bias: %.1f%% of valid answers chose Case 1 (50%% = none)",
                                100 * a.case1Share()));
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format("%+.3f", v);
    }
}
