package org.moralbase.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** Picking from a Vaadin combo box the way a person does: type, then click the item shown. */
public final class ComboBoxes {

    private ComboBoxes() {}

    /**
     * Types {@code label} into the combo box with this id and clicks the first item shown that contains it (Enter
     * picks an item only when the typed text is its whole label).
     */
    public static void choose(String id, String label) {
        $("#" + id + " input").setValue(label);
        $$("vaadin-combo-box-item").filter(visible).findBy(text(label)).click();
        $("#" + id + " input").shouldHave(value(label));
    }
}
