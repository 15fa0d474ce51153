package org.moralbase.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a page their role does not allow. */
@AnonymousAllowed
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "Not allowed", "Your account does not have access to this page.");
        Anchor home = new Anchor("", "Go to your start page");
        home.setId("access-denied-home");
        add(home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
