package org.moralbase.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.moralbase.api.ApiTokenService;
import org.moralbase.api.IssuedToken;
import org.moralbase.api.TokenSummary;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Notices;

/**
 * Any signed-in account makes, lists and revokes its own personal access tokens for the REST API (docs/api.md); a
 * new token's secret is shown once, here.
 */
@Route("account/tokens")
@PageTitle("API tokens · Moralbase")
@Menu(order = 96, title = "API tokens")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class TokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ApiTokenService tokens;
    private final Grid<TokenSummary> grid = new Grid<>();
    private final TextField secret = new TextField("Your new token");

    TokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setId("tokens-view");
        TextField name = new TextField("Name");
        name.setHelperText("What the token is for, e.g. \"R notebook\".");
        name.setId("token-name");
        name.setWidth("20em");
        IntegerField days = new IntegerField("Expires in (days)");
        days.setId("token-days");
        days.setValue(30);
        days.setMin(1);
        days.setMax(ApiTokenService.MAX_DAYS);
        days.setHelperText("1 to " + ApiTokenService.MAX_DAYS + " days.");
        Form<NewToken> form =
                new Form<>(NewToken.class).text(name, "name", "Name").bind(days, "days", "Expires in");
        Button create = new Button("Create token");
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.submitOn(create, t -> tokens.create(t.name(), t.days()), this::show);

        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidth("36em");
        secret.setHelperText("Copy it now: it is not shown again. Send it as 'Authorization: Bearer <token>'.");
        secret.setVisible(false);

        grid.setId("tokens");
        Grids.names(grid, TokenSummary::name, "Name");
        grid.addColumn(t -> t.prefix() + "…").setHeader("Starts with");
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> when(t.expiresAt())).setHeader("Expires");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt()))
                .setHeader("Last used");
        grid.addColumn(t -> t.revokedAt() != null ? "Revoked" : t.usable() ? "Active" : "Expired")
                .setHeader("State");
        grid.addComponentColumn(this::revokeButton).setHeader("");
        Grids.readable(grid);
        grid.setAllRowsVisible(true);

        add(
                new H2("API tokens"),
                new Paragraph("A token lets a script (R, Python, curl) use Moralbase as you, with your access, until it"
                        + " expires or you revoke it. Only a fingerprint of it is stored."),
                new Anchor("/api/v1/docs", "The API's reference"),
                name,
                days,
                create,
                secret,
                grid);
        refresh();
    }

    private void show(IssuedToken issued) {
        secret.setValue(issued.token());
        secret.setVisible(true);
        Notices.success("Token \"" + issued.name() + "\" created; copy it now.");
        refresh();
    }

    private Button revokeButton(TokenSummary token) {
        Button revoke = new Button("Revoke");
        revoke.setId("token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(token.revokedAt() == null);
        revoke.addClickListener(e -> {
            tokens.revoke(token.id());
            Notices.success("Token \"" + token.name() + "\" revoked.");
            refresh();
        });
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.listOwn());
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneOffset.UTC));
    }
}
