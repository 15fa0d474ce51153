package org.moralbase.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.validation.constraints.Size;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Notices;
import org.moralbase.security.AccountService;
import org.moralbase.security.UserSummary;

/** An admin sets a new password for an account; its open sessions end. */
final class ResetPasswordDialog extends Dialog {

    /** The new password as typed (public: the form's binder builds it). */
    public record Reset(
            @Size(min = AccountService.MIN_PASSWORD_LENGTH, message = AccountService.PASSWORD_RULE)
            String password) {}

    ResetPasswordDialog(AccountService accounts, UserSummary user) {
        setId("reset-password-dialog");
        setHeaderTitle("Reset the password of " + user.username());
        PasswordField password = new PasswordField();
        password.setId("reset-password");
        password.setWidth("20em");
        Form<Reset> form = new Form<>(Reset.class).text(password, "password", "Password");
        Button save = new Button("Set password");
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.submitOn(
                save,
                r -> {
                    accounts.resetPassword(user.id(), r.password());
                    return r;
                },
                done -> {
                    close();
                    Notices.success("New password set for " + user.username() + "; their sessions were signed out.");
                });
        add(new Paragraph("Tell them the new password by a safe channel; their open sessions end now."), password);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
