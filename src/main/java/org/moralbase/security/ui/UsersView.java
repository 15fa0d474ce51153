package org.moralbase.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Notices;
import org.moralbase.security.AccountService;
import org.moralbase.security.TwoFactorService;
import org.moralbase.security.UserSummary;

/** Admins create accounts, set roles, disable and unlock them. */
@Route("admin/users")
@PageTitle("Users · Moralbase")
@Menu(order = 80, title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();

    private final TwoFactorService twoFactor;

    UsersView(AccountService accounts, TwoFactorService twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
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
        grid.addColumn(u -> u.twoFactor() ? "On" : "—").setHeader("Two-factor").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        refresh();

        add(new H2("Users"));
        if (!twoFactor.own().enrolled()) {
            Div notice = new Div(
                    new Span("Your admin account has no second factor. Admins are encouraged to turn on "),
                    new RouterLink("two-factor sign-in", TwoFactorView.class),
                    new Span("."));
            notice.setId("two-factor-notice");
            notice.addClassName("mb-notice");
            add(notice);
        }
        add(create, grid);
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
        if (user.twoFactor()) {
            Button remove = new Button(
                    "Remove two-factor",
                    e -> run(
                            () -> {
                                twoFactor.remove(user.id());
                                return user;
                            },
                            "Removed the second factor of " + user.username() + "; their sessions ended"));
            remove.setId("remove-two-factor-" + user.username());
            row.add(remove);
        }
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
