package org.moralbase.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.moralbase.security.LoginThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The researchers', annotators' and admins' login page. Participants never see it. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Moralbase")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setId("login-view");
        addClassName("mb-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        Paragraph intro = new Paragraph("Moralbase: how people and models decide dilemmas");
        intro.addClassName("mb-muted");
        add(intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LoginThrottledException throttled) {
            error.setTitle("Too many failed attempts");
            error.setMessage(throttled.message());
        } else if (failure instanceof LockedException) {
            error.setTitle("Account locked");
            error.setMessage("Too many failed attempts. Try again later, or ask an admin to unlock the account.");
        } else if (failure instanceof DisabledException) {
            error.setTitle("Account disabled");
            error.setMessage("This account has been disabled. Ask an admin.");
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check the username and password and try again.");
        }
        form.setI18n(i18n);
        form.setError(true);
    }
}
