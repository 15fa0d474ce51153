package org.moralbase.moralmachine.ui;

/** Translation look-up, as Vaadin components offer it ({@code getTranslation}). */
@FunctionalInterface
interface Text {
    String get(String key, Object... params);
}
