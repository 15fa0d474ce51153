package org.moralbase.security.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.moralbase.security.LoginThrottledException;
import org.moralbase.security.PendingLogin;
import org.springframework.security.web.WebAttributes;

/**
 * The second step of a login with a second factor (decision 0035): the code from the authenticator app, or a recovery
 * code. A plain form posted to {@code /login/code}, which the security filter checks; without a right password first
 * it leads back to the login page.
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Code · Moralbase")
@AnonymousAllowed
public class LoginCodeView extends VerticalLayout implements BeforeEnterObserver {

    private final Paragraph error = new Paragraph();

    public LoginCodeView() {
        setId("login-code-view");
        addClassNames("mb-login", "mb-code");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        error.setId("code-error");
        error.addClassName("mb-code-error");
        error.setVisible(false);
        Html form = new Html("<form method=\"post\" action=\"login/code\" id=\"code-form\" class=\"mb-code-form\">"
                + "<label for=\"code\">Code from your authenticator app, or a recovery code</label>"
                + "<input id=\"code\" name=\"code\" autocomplete=\"one-time-code\" autocapitalize=\"characters\""
                + " spellcheck=\"false\" required autofocus maxlength=\"24\">"
                + "<button type=\"submit\" id=\"code-submit\">Verify</button></form>");
        Paragraph help = new Paragraph("Lost your phone? Use one of your recovery codes, or ask an admin to remove"
                + " the second factor of your account.");
        help.addClassName("mb-muted");
        add(new H2("Two-factor sign-in"), error, form, help);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (!(session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin)) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            error.setText(
                    session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                                    instanceof LoginThrottledException throttled
                            ? throttled.message()
                            : "That code is not right, or was used before. Enter the code your app shows now.");
            error.setVisible(true);
        }
    }
}
