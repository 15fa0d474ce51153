package org.moralbase.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.moralbase.base.Roles;
import org.moralbase.security.AccountService;
import org.moralbase.security.NewUser;
import org.moralbase.security.UserSummary;

/** Creates an account (user == null) or edits an account's roles. */
class UserDialog extends Dialog {

    UserDialog(AccountService accounts, UserSummary user, Runnable onSaved) {
        setHeaderTitle(user == null ? "New user" : "Roles of " + user.username());
        setId("user-dialog");
        TextField username = new TextField("Username");
        username.setId("user-username");
        TextField name = new TextField("Name");
        name.setId("user-name");
        PasswordField password = new PasswordField("Password");
        password.setId("user-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        CheckboxGroup<String> roles = new CheckboxGroup<>("Roles", Roles.ALL);
        roles.setId("user-roles");
        roles.setValue(user == null ? Set.of(Roles.RESEARCHER) : user.roles());
        Span error = new Span();
        error.setId("user-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        FormLayout form = new FormLayout();
        if (user == null) {
            form.add(username, name, password);
        }
        form.add(roles, error);
        add(form);

        Button save = new Button("Save", e -> {
            try {
                if (user == null) {
                    accounts.create(
                            new NewUser(username.getValue(), name.getValue(), password.getValue(), roles.getValue()));
                } else {
                    accounts.setRoles(user.id(), roles.getValue());
                }
                close();
                onSaved.run();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
