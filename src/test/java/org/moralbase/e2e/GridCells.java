package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

/**
 * Clicks a grid row by a cell's text, scrolled into the grid's view first: the grids of a shared test database hold
 * the rows of every test before, so the row wanted may be rendered but below the grid's fold.
 */
public final class GridCells {

    private GridCells() {}

    /** The cell with this text, scrolled to the middle of its grid. */
    public static SelenideElement cell(String text) {
        return Selenide.$$("vaadin-grid-cell-content").findBy(text(text)).scrollIntoView("{block: 'center'}");
    }

    /** Clicks the row whose cell has this text. */
    public static void click(String text) {
        cell(text).click();
    }
}
