package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.security.ApiTokenDetails;
import org.claimdesk.security.ApiTokens;
import org.claimdesk.security.IssuedToken;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.FormMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The signed-in user's API tokens (from the user bar): create one (its token is shown here once), see when each
 * was last used, revoke one.
 */
@Route("me/tokens")
@PageTitle("API tokens | ClaimDesk")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField name = new TextField("Name (what will use it)");
    final DatePicker expiresOn = new DatePicker("Last day it works (empty: until revoked)");
    final Button create = new Button("Create token");
    final FormMessage message = new FormMessage("token-message");
    /** The new token, shown once: cleared by the next action and never shown again. */
    final TextField issued = new TextField("Your new token");
    final Paragraph copyHint = new Paragraph("Copy it now: it is shown only this once. Scripts send it as "
            + "Authorization: Bearer <token>.");
    final Grid<ApiTokenDetails> grid = new Grid<>(ApiTokenDetails.class, false);

    private final ApiTokens tokens;

    public ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        name.setId("token-name");
        name.setMaxLength(80);
        name.setWidth("20rem");
        expiresOn.setId("token-expires-on");
        expiresOn.setMin(LocalDate.now(ZoneOffset.UTC));
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        issued.setId("issued-token");
        issued.setReadOnly(true);
        issued.setWidth("36rem");
        copyHint.setId("token-copy-hint");
        showIssued(null);

        grid.setId("tokens-grid");
        grid.addColumn(ApiTokenDetails::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> t.tokenStart() + "…").setHeader("Starts with");
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.expiresOn() == null ? "never" : t.expiresOn().toString()).setHeader("Expires");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt())).setHeader("Last used");
        grid.addColumn(t -> t.revokedAt() != null ? "revoked " + when(t.revokedAt())
                : t.active() ? "active" : "expired").setHeader("State");
        grid.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke");
        grid.setHeight("20rem");

        add(new H2("API tokens"),
                new Paragraph("Scripts and other programs call the API (/api/v1) with a token instead of your "
                        + "password. A token acts as you, with your roles and teams."),
                message, new HorizontalLayout(name, expiresOn), create, issued, copyHint, grid);
        refresh();
    }

    private Button revokeButton(ApiTokenDetails t) {
        Button revoke = new Button("Revoke", click -> revoke(t));
        revoke.setId("revoke-token-" + t.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(t.revokedAt() == null);
        return revoke;
    }

    private void create() {
        showIssued(null);
        try {
            IssuedToken token = tokens.create(name.getValue(), expiresOn.getValue());
            showIssued(token.token());
            name.clear();
            expiresOn.clear();
            message.info("Token \"" + token.details().name() + "\" created.");
        } catch (InputRejectedException refused) {
            message.error(refused.getMessage());
        }
        refresh();
    }

    void revoke(ApiTokenDetails t) {
        showIssued(null);
        try {
            tokens.revoke(t.id());
            message.info("Token \"" + t.name() + "\" revoked: it no longer works.");
        } catch (NotFoundException gone) {
            message.error("That token no longer exists.");
        }
        refresh();
    }

    private void showIssued(String token) {
        issued.setValue(token == null ? "" : token);
        issued.setVisible(token != null);
        copyHint.setVisible(token != null);
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }
}
