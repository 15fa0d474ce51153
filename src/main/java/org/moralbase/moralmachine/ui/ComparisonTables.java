package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.grid.Grid;
import org.moralbase.base.Svg;
import org.moralbase.base.ui.Grids;
import org.moralbase.moralmachine.comparison.Comparison;
import org.moralbase.stats.amce.AmceAttribute;

/** The compare view's table: D of each run to the baseline and each dimension's share of D². */
final class ComparisonTables {

    private ComparisonTables() {}

    static void distances(Grid<Comparison.ModelLine> grid) {
        grid.setId("compare-distances");
        Grids.readable(grid);
        Grids.names(grid, m -> m.profile().label(), "Model run").setFrozen(true);
        grid.addColumn(m -> m.distance() == null ? "–" : Svg.fmt(m.distance().distance(), 3))
                .setHeader("D")
                .setAutoWidth(true);
        grid.addColumn(m -> Double.isNaN(m.case1Share()) ? "–" : Svg.fmt(100 * m.case1Share(), 1) + " %")
                .setHeader("Chose Case 1")
                .setTooltipGenerator(m -> "Position bias: share of valid answers choosing Case 1 (50 % = none)")
                .setAutoWidth(true);
        for (AmceAttribute a : AmceAttribute.values()) {
            grid.addColumn(m -> m.distance() == null
                            ? "–"
                            : Svg.fmt(100 * m.distance().dimension(a).shareOfSquaredDistance(), 1) + " %")
                    .setHeader(a.displayName())
                    .setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
    }
}
