package org.claimdesk.claim.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.claim.ClaimContext;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.QuantityDetails;
import org.claimdesk.claim.StaleClaimException;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.RecordNotFound;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One claim: what is claimed, by whom, in which words of the article, with which figures; then the sections
 * other modules contribute (sources and verdict, related claims, discussion, history). The summary at the top
 * is redrawn after every change; the sections and the correction form are made once and refreshed in place, so
 * a redraw never drops what someone is typing.
 */
@Route("claims/:claimId")
@PageTitle("Claim | ClaimDesk")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ClaimView extends VerticalLayout implements BeforeEnterObserver {

    private final ClaimService claims;
    private final ClaimCorrections corrections;
    private final List<ClaimPagePanel> panels;
    ClaimDetails claim;
    final ClaimForm form = new ClaimForm();
    final Button editButton = new Button("Correct", VaadinIcon.EDIT.create());
    final Button deleteButton = new Button("Delete", VaadinIcon.TRASH.create());
    private final Div heading = new Div();
    final Span presence = new Span();
    private final Broadcaster broadcaster;
    private final String me;
    private Broadcaster.Subscription live;
    private final Div summary = new Div();
    private final List<ClaimPageSection> sections = new ArrayList<>();
    /** The same words for a claim that does not exist and one of another team, which is not to be revealed. */
    static final String NOT_FOUND = "This claim does not exist or is not in your teams.";

    public ClaimView(ClaimService claims, ClaimCorrections corrections, ObjectProvider<ClaimPagePanel> panels,
                     Broadcaster broadcaster, AuthenticationContext auth) {
        this.claims = claims;
        this.broadcaster = broadcaster;
        this.me = auth.getPrincipalName().orElse("");
        presence.setId("claim-presence");
        presence.addClassName("presence");
        this.corrections = corrections;
        this.panels = panels.orderedStream().sorted(Comparator.comparingInt(ClaimPagePanel::order)).toList();
        addClassName("claim-view");
        summary.addClassName("claim-summary");
        form.setVisible(false);
        form.setId("claim-form");
        form.addSaveListener(e -> save(e.version(), e.edit()));
        form.addCancelListener(e -> form.setVisible(false));
        form.addReloadListener(e -> {
            reload();
            form.rebase(claim, true);
        });
        editButton.setId("claim-edit");
        editButton.addClickListener(e -> {
            form.edit(claim);
            form.setVisible(true);
        });
        deleteButton.setId("claim-delete");
        deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteButton.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete this claim?", "Its history is kept.", "Delete", ok -> delete());
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            add(confirm);
            confirm.open();
        });
    }

    /**
     * Re-reads the claim (after a status, verdict or version change) and refreshes the page in place; an open
     * correction form is moved onto the new version, keeping the input.
     */
    void reload() {
        claim = claims.get(claim.id());
        showSummary(claim, claims.context(claim.id()));
        sections.forEach(s -> s.refresh(claim));
        if (form.isVisible()) {
            form.rebase(claim, false);
        }
    }

    /** Saves the form's correction; a conflict or bad input leaves the typed input in the form. */
    void save(long version, ClaimEdit edit) {
        try {
            corrections.edit(claim.id(), version, edit);
            form.setVisible(false);
            reload();
            Notification.show("Claim saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (StaleClaimException stale) {
            form.showConflict(stale.getMessage());
        } catch (InputRejectedException rejected) {
            form.showProblem(rejected.getMessage());
        }
    }

    void delete() {
        try {
            corrections.delete(claim.id(), claim.version());
            Notification.show("Claim deleted", 3000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate("articles/" + claim.articleId()));
        } catch (StaleClaimException | InputRejectedException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("claimId").flatMap(ClaimView::parseId);
        try {
            if (id.isEmpty()) {
                throw new NotFoundException("Claim", event.getRouteParameters().get("claimId").orElse(""));
            }
            claim = claims.get(id.get());
            build(claim, claims.context(claim.id()));
            follow(event.getUI());
        } catch (NotFoundException e) {
            RecordNotFound.show(event, NOT_FOUND);
        }
    }

    /**
     * Follows the claim live: a change someone commits refreshes the page in place (typing stays, forms merge),
     * and the people who have it open are named.
     */
    private void follow(UI ui) {
        stopFollowing();
        live = broadcaster.join(LiveEvent.claim(claim.id()), me, event -> ui.access(() -> onLive(event)));
        showPresence();
    }

    void onLive(LiveEvent event) {
        if (event.kind() == LiveEvent.Kind.CHANGED) {
            try {
                reload();
            } catch (NotFoundException gone) {
                Notification.show(event.actor() + " removed this claim (" + event.what().toLowerCase().replace('_', ' ')
                        + "). What you typed is still on the page.", 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                return;
            }
            if (!event.actor().equals(me)) {
                String did = "COMMENTED".equals(event.what()) ? " commented on this claim" : " changed this claim";
                Notification.show(event.actor() + did + "; the page shows it now and your input is kept.",
                        4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
        }
        showPresence();
    }

    private void showPresence() {
        List<String> others = broadcaster.present(LiveEvent.claim(claim.id())).stream().filter(n -> !n.equals(me)).toList();
        presence.setText(others.isEmpty() ? "" : "Also open by " + String.join(", ", others));
        presence.setVisible(!others.isEmpty());
    }

    private void stopFollowing() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        super.onDetach(detachEvent);
    }

    /** Lays the page out once for a claim: the summary, the correction form and every section. */
    private void build(ClaimDetails c, ClaimContext context) {
        removeAll();
        sections.clear();
        form.setVisible(false);
        showSummary(c, context);
        // the correction form opens right under the claim's words and the Correct button
        add(heading, form, summary);
        for (ClaimPagePanel panel : panels) {
            ClaimPageSection section = panel.create(c, this::reload);
            sections.add(section);
            add(section.component());
        }
    }

    private void showSummary(ClaimDetails c, ClaimContext context) {
        heading.removeAll();
        summary.removeAll();
        H2 text = new H2(c.text());
        text.setId("claim-text");
        heading.add(text, new HorizontalLayout(editButton, deleteButton, presence));

        Div facts = new Div();
        facts.addClassName("claim-facts");
        fact(facts, "Claimant", c.claimant(), "claim-claimant");
        fact(facts, "Described as", c.claimantDescription(), "claim-description");
        fact(facts, "Cue", c.cue(), "claim-cue");
        fact(facts, "Via", c.via(), "claim-via");
        fact(facts, "Type", c.type().name(), "claim-type");
        StatusBadge status = new StatusBadge(c.status());
        status.setId("claim-status");
        fact(facts, "Status", status);
        fact(facts, "Check-worthiness", String.format("%.2f", c.checkWorthiness()), "claim-worthiness");
        if (!c.hedges().isEmpty()) {
            fact(facts, "Hedges", String.join(", ", c.hedges()), "claim-hedges");
        }
        summary.add(facts);

        if (!c.quantities().isEmpty()) {
            summary.add(new H3("Figures"));
            Div figures = new Div();
            figures.setId("claim-figures");
            for (QuantityDetails q : c.quantities()) {
                Div row = new Div(new Span(q.text()), new Span(" → " + (q.approximate() ? "about " : "")
                        + q.formattedValue() + (q.unit() == null ? "" : " " + q.unit())));
                row.addClassName("figure");
                figures.add(row);
            }
            summary.add(figures);
        }

        summary.add(new H3("In the article"));
        // Text nodes only: the article's words are never interpreted as HTML.
        Div passage = new Div();
        passage.setId("claim-context");
        passage.addClassName("claim-context");
        passage.add(new Text(context.passage().substring(0, context.spanStart())));
        Span span = new Span(context.passage().substring(context.spanStart(), context.spanEnd()));
        span.addClassName("claim-span");
        span.addClassName("marked");
        passage.add(span);
        passage.add(new Text(context.passage().substring(context.spanEnd())));
        summary.add(passage);

        Anchor article = new Anchor("articles/" + c.articleId() + "?claim=" + c.id(), "Open in article: " + c.articleTitle());
        article.setId("claim-article-link");
        summary.add(article);
    }

    private static void fact(Div facts, String label, String value, String id) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        v.setId(id);
        Div row = new Div(l, v);
        row.addClassName("fact");
        facts.add(row);
    }

    /** A fact shown as a component (the status badge) rather than as plain text. */
    private static void fact(Div facts, String label, com.vaadin.flow.component.Component value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div row = new Div(l, v);
        row.addClassName("fact");
        facts.add(row);
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
