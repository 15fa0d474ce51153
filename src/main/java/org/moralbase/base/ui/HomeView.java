package org.moralbase.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The root route and the page after login: forwards to the first menu page the viewer may open (researchers and
 * admins: their studies; annotators: their annotation task list), so {@code base} needs to know no feature. An
 * account whose roles open no page is told so instead of "Not allowed".
 */
@Route("")
@PageTitle("Moralbase")
@PermitAll
public class HomeView extends MessagePage implements BeforeEnterObserver {

    public HomeView() {
        super(
                "home-view",
                "Nothing to show yet",
                "Your account has no role that opens a page yet; an admin can give one on the Users page.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        if (!entries.isEmpty()) {
            String path = entries.getFirst().path();
            event.forwardTo(path.startsWith("/") ? path.substring(1) : path);
        }
    }
}
