package org.moralbase.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way pages show a notice. A page shows one notice at a time: a new notice closes the one before it, so
 * an error that was put right does not stay over the success that followed (issue #12). Errors stay 6 s in the
 * middle, warnings 5 s, successes 3 s at the bottom. Every notice carries the class {@code mb-notice-<kind>}.
 */
public final class Notices {

    private static final String SHOWN = "moralbase.notice";

    private Notices() {}

    /** Something went wrong or was refused: red, in the middle. */
    public static Notification error(String message) {
        return show(UI.getCurrent(), message, Kind.ERROR);
    }

    /** Something needs another try (not a failure of the app). */
    public static Notification warning(String message) {
        return show(UI.getCurrent(), message, Kind.WARNING);
    }

    /** Something was done: green, short. */
    public static Notification success(String message) {
        return show(UI.getCurrent(), message, Kind.SUCCESS);
    }

    /** An error for a UI other than the current one (inside {@code ui.access}, e.g. the error handler). */
    public static Notification error(UI ui, String message) {
        return show(ui, message, Kind.ERROR);
    }

    private enum Kind {
        ERROR(6000, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR),
        WARNING(5000, Notification.Position.MIDDLE, NotificationVariant.LUMO_WARNING),
        SUCCESS(3000, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);

        final int millis;
        final Notification.Position position;
        final NotificationVariant variant;

        Kind(int millis, Notification.Position position, NotificationVariant variant) {
            this.millis = millis;
            this.position = position;
            this.variant = variant;
        }
    }

    private static Notification show(UI ui, String message, Kind kind) {
        Notification notice = new Notification(message, kind.millis, kind.position);
        notice.addThemeVariants(kind.variant);
        notice.addClassName("mb-notice-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        if (ui == null) {
            notice.open();
            return notice;
        }
        if (ComponentUtil.getData(ui, SHOWN) instanceof Notification before && before.isOpened()) {
            before.close();
        }
        ComponentUtil.setData(ui, SHOWN, notice);
        notice.open(); // attaches itself to the current UI (inside ui.access for another thread) and leaves on close
        return notice;
    }
}
