package org.moralbase.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;

/**
 * Every table of the app is made readable here (issue #12): cells wrap their text instead of cutting it off, and a
 * column of names (studies, models, runs, terms) keeps a width a name can be read in, takes the spare width and
 * shows the whole name as a tooltip. {@code GridsTest} checks that every page's grid goes through {@link #readable}.
 */
public final class Grids {

    /** A name column is at least this wide; on a narrow screen the table scrolls sideways rather than cut names. */
    public static final String NAME_WIDTH = "14em";

    private Grids() {}

    /** Wraps the text of every cell (rows grow), so nothing is cut off with an ellipsis. */
    public static <T> Grid<T> readable(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /**
     * The one exception: a grid whose cells hold long free text (a model's raw answer can be pages long) keeps one
     * line per row, its cells cut, the whole text as a tooltip (the run page's answers, with a CSV of them all).
     */
    public static <T> Grid<T> oneLinePerRow(Grid<T> grid) {
        return grid;
    }

    /** A column of names: at least {@link #NAME_WIDTH} wide, takes the spare width, the whole name on hover. */
    public static <T> Grid.Column<T> names(Grid<T> grid, ValueProvider<T, String> name, String header) {
        return grid.addColumn(name)
                .setHeader(header)
                .setWidth(NAME_WIDTH)
                .setFlexGrow(1)
                .setTooltipGenerator(row -> {
                    String text = name.apply(row);
                    return text == null ? "" : text;
                });
    }
}
