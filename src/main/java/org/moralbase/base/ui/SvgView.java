package org.moralbase.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Shows server-made SVG markup. Vaadin's {@code Html} component parses markup as HTML and lower-cases
 * {@code viewBox} and {@code preserveAspectRatio}, so pictures lose their proportions; handing the markup to the
 * browser's own parser keeps them. Only for markup the server generated (labels escaped), never user input.
 */
public class SvgView extends Div {

    public SvgView(String svg) {
        setSvg(svg);
    }

    /** Replaces the picture. */
    public void setSvg(String svg) {
        getElement().setProperty("innerHTML", svg);
    }
}
