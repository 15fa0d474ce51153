package org.moralbase.moralmachine.picture;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.moralbase.moralmachine.CharacterType;

/** All 20 character types in a captioned grid, for the instructions page. */
public final class CharacterGallery {

    private static final double CELL_W = 120;
    private static final double CELL_H = 118;
    private static final double FIGURE_SCALE = 1.6;

    private CharacterGallery() {}

    /**
     * Renders every {@link CharacterType} in enum order, row by row.
     *
     * @param caption the (translated) caption under each figure; escaped, may be empty
     * @param ariaLabel the accessible name of the whole picture; escaped
     * @param columns figures per row, 1–20 (5 suits a desktop, 4 a phone)
     * @return self-contained SVG markup that scales to its container's width
     */
    public static String render(Function<CharacterType, String> caption, String ariaLabel, int columns) {
        return render(List.of(CharacterType.values()), caption, ariaLabel, columns);
    }

    /**
     * Renders the given types in order, row by row, e.g. only those a study uses.
     *
     * @param types the types to show, at least one
     * @param caption the (translated) caption under each figure; escaped, may be empty
     * @param ariaLabel the accessible name of the whole picture; escaped
     * @param columns figures per row, at least 1
     * @return self-contained SVG markup that scales to its container's width
     */
    public static String render(
            List<CharacterType> types, Function<CharacterType, String> caption, String ariaLabel, int columns) {
        Objects.requireNonNull(caption, "caption");
        if (types.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("need at least one type and one column, got " + types.size()
                    + " types and " + columns + " columns");
        }
        int cols = Math.min(columns, types.size());
        int rows = (types.size() + cols - 1) / cols;
        SvgMarkup svg = SvgMarkup.root(cols * CELL_W, rows * CELL_H, ariaLabel);
        for (int i = 0; i < types.size(); i++) {
            CharacterType type = types.get(i);
            double x = (i % cols) * CELL_W;
            double y = (i / cols) * CELL_H;
            svg.add("<g class='mb-gallery-cell'>");
            svg.rect(x + 4, y + 4, CELL_W - 8, CELL_H - 8, 10, "#f1f3f5");
            Figures.draw(svg, type, x + CELL_W / 2 - (type.isPet() ? 4 : 0), y + 86, FIGURE_SCALE, "");
            svg.text(x + CELL_W / 2, y + 106, CELL_W - 12, 13, "mb-caption", caption.apply(type));
            svg.close();
        }
        return svg.end();
    }
}
