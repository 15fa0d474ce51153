package org.moralbase.moralmachine.picture;

import java.util.Objects;
import org.moralbase.moralmachine.CharacterType;

/** One character type on its own, e.g. as an icon beside a translated name. */
public final class CharacterPicture {

    private CharacterPicture() {}

    /**
     * Renders one figure in a square picture.
     *
     * @param type the character to draw
     * @param ariaLabel the accessible name, e.g. the translated type name; escaped
     * @return self-contained SVG markup that scales to its container's width
     */
    public static String render(CharacterType type, String ariaLabel) {
        Objects.requireNonNull(type, "type");
        SvgMarkup svg = SvgMarkup.root(60, 60, ariaLabel);
        Figures.draw(svg, type, type.isPet() ? 26 : 30, 56, 1.05, "");
        return svg.end();
    }
}
