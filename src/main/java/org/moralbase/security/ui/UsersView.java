package org.moralbase.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Notices;
import org.moralbase.security.AccountService;
import org.moralbase.security.UserSummary;

/** Admins create accounts, set roles, disable and unlock them. */
@Route("admin/users")
@PageTitle("Users · Moralbase")
@Menu(order = 80, title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(AccountService accounts) {
        this.accounts = accounts;
        setId("users-view");
        Button create = new Button("New user", e -> new UserDialog(accounts, null, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        Grids.readable(grid);
        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(u -> String.join(
                        ", ", u.roles().stream().map(Roles::label).sorted().toList()))
                .setHeader("Roles")
                .setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? (u.locked() ? "Locked" : "Active") : "Disabled")
                .setHeader("State")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        refresh();

        add(new H2("Users"), create, grid);
        setSizeFull();
    }

    private HorizontalLayout actions(UserSummary user) {
        Button roles = new Button("Roles", e -> new UserDialog(accounts, user, this::refresh).open());
        roles.setId("roles-" + user.username());
        Button toggle = new Button(
                user.enabled() ? "Disable" : "Enable",
                e -> run(
                        () -> accounts.setEnabled(user.id(), !user.enabled()),
                        (user.enabled() ? "Disabled " : "Enabled ") + user.username()));
        toggle.setId((user.enabled() ? "disable-" : "enable-") + user.username());
        Button reset = new Button("Reset password", e -> new ResetPasswordDialog(accounts, user).open());
        reset.setId("reset-" + user.username());
        HorizontalLayout row = new HorizontalLayout(roles, toggle, reset);
        if (user.locked()) {
            Button unlock =
                    new Button("Unlock", e -> run(() -> accounts.unlock(user.id()), "Unlocked " + user.username()));
            unlock.setId("unlock-" + user.username());
            row.add(unlock);
        }
        row.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return row;
    }

    private void run(Supplier<?> action, String done) {
        try {
            action.get();
            refresh();
            Notices.success(done);
        } catch (IllegalArgumentException e) {
            Notices.error(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(query -> accounts.list(query.getOffset(), query.getLimit()).stream());
    }
}
