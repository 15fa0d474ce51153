package org.moralbase.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure inside a click or a push shows a short notice with a reference (in the participant's language), never a
 * stack trace.
 */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlerInstaller.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unhandled UI error {}", reference, error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notices.error(ui, ui.getTranslation("error.notice", reference)));
            }
        }));
    }
}
