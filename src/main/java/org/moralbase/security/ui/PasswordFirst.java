package org.moralbase.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.moralbase.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Sends an account that must change its password (the generated first admin's) to the Password page first. */
@Component
class PasswordFirst implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordFirst(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent init) {
        init.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(event -> {
            Class<?> target = event.getNavigationTarget();
            if (target != PasswordView.class && target != LoginView.class && currentUser.mustChangePassword()) {
                event.rerouteTo(PasswordView.class);
            }
        }));
    }
}
