package org.moralbase.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a page: a reference to quote (in the browser's language if it is a participant
 * language), the details only in the server log.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends MessagePage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        super("unexpected-error", "", "");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        setTexts(getTranslation("error.title"), getTranslation("error.text"));
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("error.reference", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
