package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.moralbase.base.ui.Grids;
import org.moralbase.stats.PValues;
import org.moralbase.stats.regression.Coefficient;
import org.moralbase.stats.scaling.ScalingReport;
import org.moralbase.stats.scaling.SizeBin;

/** The scaling view's three tables: functional forms, fixed effects, spread by size. */
final class ScalingTables {

    private ScalingTables() {}

    static void alternatives(Grid<ScalingReport.Alternative> grid) {
        grid.setId("scaling-alternatives");
        Grids.readable(grid);
        Grids.names(grid, ScalingReport.Alternative::name, "Form").setFlexGrow(0);
        grid.addColumn(ScalingReport.Alternative::formula).setHeader("Formula").setFlexGrow(1);
        grid.addColumn(a -> n(a.rSquared(), 3)).setHeader("R²").setAutoWidth(true);
        grid.addColumn(a -> n(a.aic(), 1)).setHeader("AIC (own scale)").setAutoWidth(true);
        grid.addColumn(a -> n(a.aicOnDistanceScale(), 1))
                .setHeader("AIC (D scale)")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    static void fixedEffects(Grid<Coefficient> grid) {
        grid.setId("scaling-fixed-effects");
        Grids.readable(grid);
        Grids.names(grid, Coefficient::name, "Term");
        grid.addColumn(c -> n(c.estimate(), 4)).setHeader("Estimate").setAutoWidth(true);
        grid.addColumn(c -> n(c.standardError(), 4)).setHeader("SE").setAutoWidth(true);
        grid.addColumn(c -> n(c.df(), 1)).setHeader("df (Satterthwaite)").setAutoWidth(true);
        grid.addColumn(c -> n(c.tValue(), 2)).setHeader("t").setAutoWidth(true);
        grid.addColumn(c -> Double.isFinite(c.pValue()) ? PValues.cell(c.pValue()) : "–")
                .setHeader("p")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    static void sizeBins(Grid<SizeBin> grid) {
        grid.setId("scaling-size-bins");
        Grids.readable(grid);
        grid.addColumn(SizeBin::bin).setHeader("Size").setAutoWidth(true);
        grid.addColumn(SizeBin::n).setHeader("Models").setAutoWidth(true);
        grid.addColumn(b -> n(b.meanDistance(), 3)).setHeader("Mean D").setAutoWidth(true);
        grid.addColumn(b -> n(b.sdDistance(), 3)).setHeader("SD of D").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    static String n(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }
}
