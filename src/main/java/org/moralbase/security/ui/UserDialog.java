package org.moralbase.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Form;
import org.moralbase.security.AccountService;
import org.moralbase.security.NewUser;
import org.moralbase.security.UserSummary;

/** Creates an account (user == null; Save acts once per click) or edits an account's roles. */
class UserDialog extends Dialog {

    private final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles", Roles.ALL);
    private final Button save = new Button("Save");

    UserDialog(AccountService accounts, UserSummary user, Runnable onSaved) {
        setHeaderTitle(user == null ? "New user" : "Roles of " + user.username());
        setId("user-dialog");
        roles.setId("user-roles");
        roles.setItemLabelGenerator(Roles::label);
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (user == null) {
            newAccount(accounts, onSaved);
        } else {
            Form<RoleChoice> form = new Form<>(RoleChoice.class).bind(roles, "roles");
            form.read(new RoleChoice(user.roles()));
            add(new FormLayout(roles));
            form.submitOn(save, r -> accounts.setRoles(user.id(), r.roles()), saved -> done(onSaved));
        }
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void newAccount(AccountService accounts, Runnable onSaved) {
        TextField username = new TextField("Username");
        username.setId("user-username");
        TextField name = new TextField("Name");
        name.setId("user-name");
        PasswordField password = new PasswordField("Password");
        password.setId("user-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        Form<NewUser> form = new Form<>(NewUser.class)
                .text(username, "username")
                .text(name, "displayName")
                // a password is taken as typed, blanks included
                .convert(password, "password", "Password", p -> p, p -> p == null ? "" : p)
                .bind(roles, "roles");
        form.read(new NewUser(null, null, null, Set.of(Roles.RESEARCHER)));
        add(new FormLayout(username, name, password, roles));
        form.submitOn(save, accounts::create, created -> done(onSaved));
    }

    private void done(Runnable onSaved) {
        close();
        onSaved.run();
    }
}
