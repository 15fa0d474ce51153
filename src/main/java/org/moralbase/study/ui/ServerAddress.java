package org.moralbase.study.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** This server's address as the browser reached it, for participant links to hand out. */
final class ServerAddress {

    private ServerAddress() {}

    /** E.g. {@code https://host:8443}; empty outside a request. */
    static String current() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "";
        }
        HttpServletRequest r = current.getHttpServletRequest();
        boolean defaultPort = (r.getScheme().equals("http") && r.getServerPort() == 80)
                || (r.getScheme().equals("https") && r.getServerPort() == 443);
        return r.getScheme() + "://" + r.getServerName() + (defaultPort ? "" : ":" + r.getServerPort())
                + r.getContextPath();
    }
}
