package org.claimdesk.security.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField name = new TextField(Texts.t("security.ApiTokensView.name-what-will-use-it"));
    final DatePicker expiresOn = new DatePicker(Texts.t("security.ApiTokensView.last-day-it-works-empty-until"));
    final Button create = new Button(Texts.t("security.ApiTokensView.create-token"));
    final FormMessage message = new FormMessage("token-message");
    /** The new token, shown once: cleared by the next action and never shown again. */
    final TextField issued = new TextField(Texts.t("security.ApiTokensView.your-new-token"));
    final Paragraph copyHint = new Paragraph(Texts.t("security.ApiTokensView.copy-hint"));
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
        grid.addColumn(ApiTokenDetails::name).setHeader(Texts.t("security.ApiTokensView.name")).setFlexGrow(2);
        grid.addColumn(t -> t.tokenStart() + "…").setHeader(Texts.t("security.ApiTokensView.starts-with"));
        grid.addColumn(t -> when(t.createdAt())).setHeader(Texts.t("security.ApiTokensView.created"));
        grid.addColumn(t -> t.expiresOn() == null ? Texts.t("security.ApiTokensView.never") : t.expiresOn().toString()).setHeader(Texts.t("security.ApiTokensView.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? Texts.t("security.ApiTokensView.never") : when(t.lastUsedAt())).setHeader(Texts.t("security.ApiTokensView.last-used"));
        grid.addColumn(t -> t.revokedAt() != null ? Texts.t("security.ApiTokensView.revoked-at", when(t.revokedAt()))
                : Texts.t(t.active() ? "security.ApiTokensView.active" : "security.ApiTokensView.expired")).setHeader(Texts.t("security.ApiTokensView.state"));
        grid.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke");
        grid.setHeight("20rem");

        add(new H2(Texts.t("security.ApiTokensView.api-tokens")),
                new Paragraph(Texts.t("security.ApiTokensView.intro")),
                message, new HorizontalLayout(name, expiresOn), create, issued, copyHint, grid);
        refresh();
    }

    private Button revokeButton(ApiTokenDetails t) {
        Button revoke = new Button(Texts.t("security.ApiTokensView.revoke"), click -> revoke(t));
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
            message.info(Texts.t("security.ApiTokensView.token-created", token.details().name()));
        } catch (InputRejectedException refused) {
            message.error(refused.getMessage());
        }
        refresh();
    }

    void revoke(ApiTokenDetails t) {
        showIssued(null);
        try {
            tokens.revoke(t.id());
            message.info(Texts.t("security.ApiTokensView.token-revoked", t.name()));
        } catch (NotFoundException gone) {
            message.error(Texts.t("security.ApiTokensView.that-token-no-longer-exists"));
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

    @Override
    public String getPageTitle() {
        return Texts.t("security.ApiTokensView.page-title");
    }
}
