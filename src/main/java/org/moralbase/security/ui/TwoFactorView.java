package org.moralbase.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.moralbase.base.ui.Notices;
import org.moralbase.security.TwoFactorService;

/**
 * Any signed-in account turns its TOTP second factor on (secret as text and as an {@code otpauth://} address, then a
 * current code; ten recovery codes shown once) or off (with its password). Decision 0035.
 */
@Route("account/two-factor")
@PageTitle("Two-factor · Moralbase")
@Menu(order = 95.5, title = "Two-factor")
@PermitAll
class TwoFactorView extends VerticalLayout {

    private final TwoFactorService twoFactor;

    TwoFactorView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        setId("two-factor-view");
        show();
    }

    private void show() {
        removeAll();
        add(new H2("Two-factor sign-in"));
        TwoFactorService.Status status = twoFactor.own();
        if (status.enrolled()) {
            showOn(status);
        } else if (status.cannotEnrol().isPresent()) {
            Paragraph why = new Paragraph(status.cannotEnrol().get());
            why.setId("two-factor-unavailable");
            add(why);
        } else {
            add(new Paragraph("With a second factor, signing in takes your password and a six-digit code from an"
                    + " authenticator app on your phone (any app for TOTP codes). Recommended for admins."));
            Button start = new Button("Set up two-factor sign-in", e -> enrol(twoFactor.start()));
            start.setId("two-factor-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        }
    }

    private void showOn(TwoFactorService.Status status) {
        Paragraph on = new Paragraph(
                "Two-factor sign-in is on. " + status.recoveryCodesLeft() + " unused recovery codes are left.");
        on.setId("two-factor-on");
        PasswordField password = new PasswordField("Your password");
        password.setId("two-factor-password");
        password.setWidth("20em");
        Button off = new Button("Turn off", e -> {
            try {
                twoFactor.removeOwn(password.getValue());
                Notices.success("Two-factor sign-in is off.");
                show();
            } catch (IllegalArgumentException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
            }
        });
        off.setId("two-factor-off");
        add(on, new H3("Turn it off"), password, off);
    }

    private void enrol(TwoFactorService.Enrolment enrolment) {
        removeAll();
        add(new H2("Set up two-factor sign-in"));
        add(new Paragraph("1. In your authenticator app, add an account with this key (time-based):"));
        Span secret = new Span(enrolment.grouped());
        secret.setId("two-factor-secret");
        secret.addClassName("mb-secret");
        // Vaadin's Anchor refuses schemes it does not know; the address is ours, so set on the element
        Anchor uri = new Anchor();
        uri.getElement().setAttribute("href", enrolment.uri());
        uri.setText("or open this link on the phone with the app");
        uri.setId("two-factor-uri");
        add(secret, uri);
        add(new Paragraph("2. Enter the six-digit code the app shows now:"));
        TextField code = new TextField();
        code.setId("two-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidth("10em");
        Button confirm = new Button("Turn on", e -> {
            try {
                showRecoveryCodes(twoFactor.confirm(enrolment.secret(), code.getValue()));
            } catch (IllegalArgumentException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage().replaceFirst("^Code: ", ""));
            }
        });
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> show());
        add(code, confirm, cancel);
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        Paragraph on = new Paragraph("Two-factor sign-in is on.");
        on.setId("two-factor-on");
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("mb-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        Button done = new Button("I have kept them", e -> show());
        done.setId("two-factor-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Two-factor sign-in"),
                on,
                new H3("Your recovery codes"),
                new Paragraph("Keep these ten codes somewhere safe: each signs you in once in place of a code from the"
                        + " app, if you lose your phone. They are shown only now."),
                list,
                done);
        Notices.success("Two-factor sign-in is on.");
    }
}
