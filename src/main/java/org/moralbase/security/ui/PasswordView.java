package org.moralbase.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Notices;
import org.moralbase.security.AccountService;

/** Any signed-in account changes its own password; its other sessions end. */
@Route("account/password")
@PageTitle("Password · Moralbase")
@Menu(order = 95, title = "Password")
@PermitAll
class PasswordView extends VerticalLayout {

    PasswordView(AccountService accounts) {
        setId("password-view");
        PasswordField current = new PasswordField();
        current.setId("password-current");
        PasswordField next = new PasswordField();
        next.setId("password-new");
        next.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters.");
        PasswordField repeat = new PasswordField();
        repeat.setId("password-repeat");
        Form<NewPassword> form = new Form<>(NewPassword.class)
                .text(current, "current", "Current password")
                .text(next, "next", "New password")
                .text(repeat, "repeat", "Repeat");
        Button change = new Button("Change password");
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.submitOn(
                change,
                p -> {
                    if (!p.next().equals(p.repeat())) {
                        throw new IllegalArgumentException("Repeat: it is not the same as the new password");
                    }
                    String keep = VaadinSession.getCurrent().getSession().getId();
                    accounts.changeOwnPassword(p.current(), p.next(), keep);
                    return p;
                },
                done -> {
                    form.clear(current, next, repeat);
                    Notices.success("Your password was changed; your other sessions were signed out.");
                });
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidth("20em");
        }
        add(
                new H2("Change your password"),
                new Paragraph("Your other signed-in sessions (another browser, another computer) are signed out when"
                        + " the password changes."),
                current,
                next,
                repeat,
                change);
    }
}
