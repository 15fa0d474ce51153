package org.moralbase.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableRunnable;

/** A button that creates or starts something acts once per click (docs/architecture.md, "Forms"). */
public final class Once {

    private Once() {}

    /**
     * Runs {@code action} on a click. The button disables itself in the browser at the click, so a double click
     * sends one; it is enabled again when the answer is back (refused, or done and the page still there for more).
     */
    public static void onClick(Button button, SerializableRunnable action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
    }
}
