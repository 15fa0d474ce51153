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

    /**
     * Sends the picture to the browser without keeping it in the session: for a picture drawn once on a page that is
     * never redrawn (it would be lost if the element were detached and attached again).
     */
    public void showOnce(String svg) {
        getElement().removeProperty("innerHTML");
        getElement().executeJs("this.innerHTML = $0", svg);
    }
}
