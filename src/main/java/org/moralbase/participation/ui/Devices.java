package org.moralbase.participation.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The device class recorded as {@code Template} in SharedResponses.csv: desktop, mobile or tablet. */
public final class Devices {

    private Devices() {}

    /** Classifies the browser of a session by its user agent. */
    public static String classify(VaadinSession session) {
        String agent = session == null || session.getBrowser() == null
                ? ""
                : String.valueOf(session.getBrowser().getBrowserApplication());
        return classify(agent);
    }

    /** Classifies a user-agent string. */
    public static String classify(String userAgent) {
        String ua = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("ipad") || ua.contains("tablet") || (ua.contains("android") && !ua.contains("mobile"))) {
            return "tablet";
        }
        if (ua.contains("mobi") || ua.contains("iphone") || ua.contains("android")) {
            return "mobile";
        }
        return "desktop";
    }
}
