package org.moralbase.e2e;

import static com.codeborne.selenide.CollectionCondition.attributes;
import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** What a form shows of its fields' errors: the {@code invalid} attribute and the message under the field. */
public final class FieldMarks {

    private FieldMarks() {}

    /** Expects this field, and no other field shown on the page, to be marked, with this message. */
    public static void onlyMarked(String id, String message) {
        $("#" + id).shouldHave(attribute("invalid"));
        $("#" + id + " > [slot='error-message']").shouldHave(text(message));
        $$("[invalid][id]:not(input):not(textarea)").filter(visible).shouldHave(attributes("id", id));
    }

    /** Expects no field shown on the page to be marked. */
    public static void noneMarked() {
        $$("[invalid][id]:not(input):not(textarea)").filter(visible).shouldHave(size(0));
    }
}
