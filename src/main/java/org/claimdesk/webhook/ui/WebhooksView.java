package org.claimdesk.webhook.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.export.PublicationChanged;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.WebLinks;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.webhook.DeliveryDetails;
import org.claimdesk.webhook.IssuedWebhook;
import org.claimdesk.webhook.WebhookDetails;
import org.claimdesk.webhook.WebhookInput;
import org.claimdesk.webhook.WebhookService;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Admins register webhooks, change or delete them, and read each one's delivery log. A new webhook's signing
 * secret is shown here once.
 */
@Route("admin/webhooks")
@RolesAllowed(Role.ADMIN_NAME)
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<WebhookDetails> grid = new Grid<>(WebhookDetails.class, false);
    final TextField url = new TextField(Texts.t("webhook.WebhooksView.url"));
    final ComboBox<TeamSummary> team = new ComboBox<>(Texts.t("webhook.WebhooksView.team-empty-every-team"));
    final CheckboxGroup<PublicationChanged.Kind> kinds = new CheckboxGroup<>(Texts.t("webhook.WebhooksView.events"));
    final Checkbox enabled = new Checkbox(Texts.t("webhook.WebhooksView.enabled"), true);
    final Button create = new Button(Texts.t("webhook.WebhooksView.register-webhook"));
    final Button save = new Button(Texts.t("webhook.WebhooksView.save"));
    final Button delete = new Button(Texts.t("webhook.WebhooksView.delete"));
    final FormMessage message = new FormMessage("webhook-message");
    /** The new webhook's secret, shown once: cleared by the next action. */
    final Paragraph secret = new Paragraph();
    final Grid<DeliveryDetails> log = new Grid<>(DeliveryDetails.class, false);
    final Button refreshLog = new Button(Texts.t("webhook.WebhooksView.refresh-log"));

    private final WebhookService webhooks;

    public WebhooksView(WebhookService webhooks, TeamService teams) {
        this.webhooks = webhooks;
        setSizeFull();
        grid.setId("webhooks-grid");
        grid.addColumn(WebhookDetails::url).setHeader(Texts.t("webhook.WebhooksView.url")).setFlexGrow(3);
        grid.addColumn(w -> w.teamName() == null ? Texts.t("webhook.WebhooksView.every-team") : w.teamName()).setHeader(Texts.t("webhook.WebhooksView.team"));
        grid.addColumn(w -> w.kinds().size() == PublicationChanged.Kind.values().length ? Texts.t("webhook.WebhooksView.all")
                : w.kinds().stream().map(Enum::name).collect(Collectors.joining(", "))).setHeader(Texts.t("webhook.WebhooksView.events"));
        grid.addColumn(w -> Texts.t(w.enabled() ? "webhook.WebhooksView.state-enabled" : "webhook.WebhooksView.state-disabled")).setHeader(Texts.t("webhook.WebhooksView.state"));
        grid.setHeight("14rem");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        url.setId("webhook-url");
        url.setWidth("32rem");
        url.setMaxLength(WebLinks.MAX_URL);
        team.setId("webhook-team");
        team.setItems(teams.list());
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        kinds.setId("webhook-kinds");
        kinds.setItems(PublicationChanged.Kind.values());
        kinds.setValue(EnumSet.allOf(PublicationChanged.Kind.class));
        enabled.setId("webhook-enabled");
        create.setId("webhook-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("webhook-save");
        delete.setId("webhook-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        secret.setId("webhook-secret");
        secret.setVisible(false);
        refreshLog.setId("webhook-refresh-log");

        log.setId("webhook-deliveries");
        log.addColumn(d -> when(d.createdAt())).setHeader(Texts.t("webhook.WebhooksView.when")).setKey("when");
        log.addColumn(DeliveryDetails::event).setHeader(Texts.t("webhook.WebhooksView.event")).setKey("event");
        log.addColumn(d -> "#" + d.claimId()).setHeader(Texts.t("webhook.WebhooksView.claim")).setKey("claim");
        log.addColumn(d -> d.status().name()).setHeader(Texts.t("webhook.WebhooksView.status")).setKey("status");
        log.addColumn(DeliveryDetails::attempts).setHeader(Texts.t("webhook.WebhooksView.attempts")).setKey("attempts");
        log.addColumn(DeliveryDetails::lastResponse).setHeader(Texts.t("webhook.WebhooksView.last-response")).setKey("lastResponse").setFlexGrow(3);
        log.addColumn(d -> when(d.nextAttemptAt())).setHeader(Texts.t("webhook.WebhooksView.next-attempt"))
                .setKey("next");

        create.addClickListener(e -> act(() -> {
            IssuedWebhook issued = webhooks.create(input());
            reload(issued.webhook().id());
            message.info(Texts.t("webhook.WebhooksView.registered-copy-the-secret-below-now"));
            secret.setText(Texts.t("webhook.WebhooksView.signing-secret", issued.secret()));
            secret.setVisible(true);
        }));
        save.addClickListener(e -> act(() -> {
            WebhookDetails w = selected();
            reload(webhooks.update(w.id(), input(), w.version()).id());
            message.info(Texts.t("webhook.WebhooksView.saved"));
        }));
        delete.addClickListener(e -> act(() -> {
            WebhookDetails w = selected();
            webhooks.delete(w.id(), w.version());
            reload(null);
            message.info(Texts.t("webhook.WebhooksView.deleted-the-webhook-and-its-delivery"));
        }));
        refreshLog.addClickListener(e -> showLog(grid.asSingleSelect().getValue()));

        HorizontalLayout form = new HorizontalLayout(url, team, enabled);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(create, save, delete);
        add(new H2(Texts.t("webhook.WebhooksView.webhooks")), new Paragraph(Texts.t("webhook.WebhooksView.what-a-webhook-receives")),
                message, secret, grid, form, kinds, actions, new H3(Texts.t("webhook.WebhooksView.delivery-log")), refreshLog, log);
        reload(null);
    }

    private WebhookInput input() {
        TeamSummary t = team.getValue();
        return new WebhookInput(url.getValue(), t == null ? null : t.id(), kinds.getValue(), enabled.getValue());
    }

    private WebhookDetails selected() {
        WebhookDetails w = grid.asSingleSelect().getValue();
        if (w == null) {
            throw new InputRejectedException("webhook", Texts.t("webhook.WebhooksView.select-a-webhook-first"));
        }
        return w;
    }

    private void show(WebhookDetails w) {
        boolean chosen = w != null;
        save.setEnabled(chosen);
        delete.setEnabled(chosen);
        refreshLog.setEnabled(chosen);
        if (chosen) {
            url.setValue(w.url());
            team.setValue(team.getListDataView().getItems().filter(t -> w.teamId() != null && t.id() == w.teamId())
                    .findFirst().orElse(null));
            kinds.setValue(w.kinds());
            enabled.setValue(w.enabled());
        }
        showLog(w);
    }

    private void showLog(WebhookDetails w) {
        log.setItems(w == null ? List.of() : webhooks.deliveries(w.id()));
    }

    /** Runs an admin change and shows the result, or the refusal; the input stays as typed. */
    private void act(Runnable change) {
        message.clear();
        secret.setText("");
        secret.setVisible(false);
        try {
            change.run();
        } catch (InputRejectedException | ConflictException | NotFoundException e) {
            message.error(e.getMessage());
        }
    }

    private void reload(Long selectId) {
        List<WebhookDetails> all = webhooks.list();
        grid.setItems(all);
        WebhookDetails select = all.stream().filter(w -> selectId != null && w.id() == selectId).findFirst().orElse(null);
        grid.asSingleSelect().setValue(select);
        show(select);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("webhook.WebhooksView.page-title");
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
