package org.claimdesk.claim.ui;

import org.claimdesk.shared.ui.Texts;

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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.claim.ClaimContext;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.QuantityDetails;
import org.claimdesk.claim.StaleClaimException;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.Notices;
import org.claimdesk.shared.ui.RecordNotFound;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One claim, laid out as a workbench: a header with the claim's words, its status, who checks it by when and the
 * one next action; below it the claim with its figures and its words in the article on the left, and the work on
 * it (sources, the verdict) on the right; discussion, related claims and history in tabs, each made only when it
 * is first opened. Other modules contribute the sections ({@link ClaimPagePanel}) without the claim module
 * knowing them. The summary is redrawn after every change; the sections and the correction form are made once and
 * refreshed in place, so a redraw never drops what someone is typing. Under 1,280 px the columns stack.
 */
@Route("claims/:claimId")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class ClaimView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ClaimService claims;
    private final ClaimCorrections corrections;
    private final List<ClaimPagePanel> panels;
    ClaimDetails claim;
    final ClaimForm form = new ClaimForm();
    final Button editButton = new Button(Texts.t("claim.ClaimView.correct"), VaadinIcon.EDIT.create());
    final Button deleteButton = new Button(Texts.t("claim.ClaimView.delete"), VaadinIcon.TRASH.create());
    /** Why Correct and Delete are disabled, in the service's words, next to them rather than only in a tooltip. */
    final Span correctionRefused = new Span();
    private final Div heading = new Div();
    final Span presence = new Span();
    final StatusBadge status = new StatusBadge(ClaimStatus.UNREVIEWED);
    /** The one next step, offered by the section that owns it. */
    final Div nextAction = new Div();
    private final Div header = new Div();
    private final Div headerSections = new Div();
    private final Div claimColumn = new Div();
    private final Div workColumn = new Div();
    final TabSheet tabs = new TabSheet();
    private final Broadcaster broadcaster;
    private final String me;
    private Broadcaster.Subscription live;
    private final Div summary = new Div();
    private final List<ClaimPageSection> sections = new ArrayList<>();
    /** The tabs' panels by tab, made into sections when the tab is first opened. */
    private final Map<Tab, ClaimPagePanel> tabPanels = new LinkedHashMap<>();
    private final Map<Tab, Div> tabContents = new LinkedHashMap<>();
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
        header.addClassName("claim-header");
        header.setId("claim-header");
        headerSections.addClassName("claim-header-sections");
        status.setId("claim-status");
        nextAction.setId("claim-next-action");
        nextAction.addClassName("claim-next-action");
        claimColumn.addClassNames("claim-column", "claim-column-claim");
        claimColumn.setId("claim-column");
        workColumn.addClassNames("claim-column", "claim-column-work");
        workColumn.setId("work-column");
        tabs.setId("claim-tabs");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> openTab(e.getSelectedTab()));
        summary.addClassName("claim-summary");
        correctionRefused.setId("claim-correction-refused");
        correctionRefused.addClassName("action-refused");
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
            ConfirmDialog confirm = new ConfirmDialog(Texts.t("claim.ClaimView.delete-this-claim"), Texts.t("claim.ClaimView.its-history-is-kept"), Texts.t("claim.ClaimView.delete"), ok -> delete());
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
        showNextAction();
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
            Notices.success(Texts.t("claim.ClaimView.claim-saved"));
        } catch (StaleClaimException stale) {
            form.showConflict(stale.getMessage());
        } catch (InputRejectedException rejected) {
            form.showProblem(rejected.getMessage());
        }
    }

    void delete() {
        try {
            corrections.delete(claim.id(), claim.version());
            Notices.success(Texts.t("claim.ClaimView.claim-deleted"));
            getUI().ifPresent(ui -> ui.navigate("articles/" + claim.articleId()));
        } catch (StaleClaimException | InputRejectedException refused) {
            Notices.error(refused.getMessage());
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
                Notices.warning(Texts.t("claim.ClaimView.removed-by-someone", event.actor(),
                        event.what().toLowerCase().replace('_', ' ')));
                return;
            }
            if (!event.actor().equals(me)) {
                Notices.info(Texts.t("COMMENTED".equals(event.what()) ? "claim.ClaimView.someone-commented"
                        : "claim.ClaimView.someone-changed", event.actor()));
            }
        }
        showPresence();
    }

    private void showPresence() {
        List<String> others = broadcaster.present(LiveEvent.claim(claim.id())).stream().filter(n -> !n.equals(me)).toList();
        presence.setText(others.isEmpty() ? "" : Texts.t("claim.ClaimView.also-open-by", String.join(", ", others)));
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

    /** Lays the page out once for a claim: the header, the correction form, the two columns and the tabs. */
    private void build(ClaimDetails c, ClaimContext context) {
        removeAll();
        sections.clear();
        tabContents.keySet().forEach(tabs::remove);
        tabPanels.clear();
        tabContents.clear();
        headerSections.removeAll();
        claimColumn.removeAll();
        workColumn.removeAll();
        form.setVisible(false);
        showSummary(c, context);
        claimColumn.add(summary);
        for (ClaimPagePanel panel : panels) {
            switch (panel.place()) {
                case HEADER -> headerSections.add(made(panel, c));
                case CLAIM -> claimColumn.add(made(panel, c));
                case WORK -> workColumn.add(made(panel, c));
                case TAB -> {
                    Div content = new Div();
                    content.addClassName("claim-tab-content");
                    Tab tab = tabs.add(panel.tabLabel(), content);
                    tabPanels.put(tab, panel);
                    tabContents.put(tab, content);
                }
            }
        }
        header.removeAll();
        header.add(heading, headerSections, nextAction);
        Div workbench = new Div(claimColumn, workColumn);
        workbench.addClassName("claim-workbench");
        workbench.setId("claim-workbench");
        // the correction form opens right under the header with the Correct button
        add(header, form, workbench);
        if (!tabPanels.isEmpty()) {
            add(tabs);
            openTab(tabs.getSelectedTab());
        }
        showNextAction();
    }

    private com.vaadin.flow.component.Component made(ClaimPagePanel panel, ClaimDetails c) {
        ClaimPageSection section = panel.create(c, this::reload);
        sections.add(section);
        return section.component();
    }

    /** Makes a tab's section the first time the tab is opened; afterwards it is refreshed like the others. */
    private void openTab(Tab tab) {
        ClaimPagePanel panel = tab == null ? null : tabPanels.remove(tab);
        if (panel != null) {
            tabContents.get(tab).add(made(panel, claim));
        }
    }

    /** Opens the tab with this label (the history, the discussion), making its section if needed. */
    void showTab(String label) {
        tabContents.keySet().stream().filter(t -> t.getLabel().equals(label)).findFirst().ifPresent(tabs::setSelectedTab);
    }

    /** Shows the first next action a section offers (sections are in the order of their panels). */
    private void showNextAction() {
        nextAction.removeAll();
        Optional<NextAction> next = sections.stream().map(s -> s.nextAction(claim)).flatMap(Optional::stream).findFirst();
        nextAction.setVisible(next.isPresent());
        next.ifPresent(n -> {
            Span text = new Span(n.text());
            text.setId("claim-next-action-text");
            nextAction.add(text);
            n.action().ifPresent(a -> {
                Button go = new Button(a.label(), click -> a.run().run());
                go.setId("claim-next-action-button");
                go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                nextAction.add(go);
            });
        });
    }

    private void showSummary(ClaimDetails c, ClaimContext context) {
        heading.removeAll();
        summary.removeAll();
        H2 text = new H2(c.text());
        text.setId("claim-text");
        status.setStatus(c.status());
        Optional<String> refused = ClaimCorrections.whyNotCorrectable(c.status());
        editButton.setEnabled(refused.isEmpty());
        deleteButton.setEnabled(refused.isEmpty());
        correctionRefused.setText(refused.orElse(""));
        correctionRefused.setVisible(refused.isPresent());
        editButton.setTooltipText(refused.orElse(null));
        HorizontalLayout tools = new HorizontalLayout(status, editButton, deleteButton, correctionRefused, presence);
        tools.setAlignItems(Alignment.CENTER);
        tools.addClassName("claim-tools");
        heading.add(text, tools);

        Div facts = new Div();
        facts.addClassName("claim-facts");
        fact(facts, Texts.t("claim.ClaimView.fact-claimant"), c.claimant(), "claim-claimant");
        fact(facts, Texts.t("claim.ClaimView.fact-described-as"), c.claimantDescription(), "claim-description");
        fact(facts, Texts.t("claim.ClaimView.fact-cue"), c.cue(), "claim-cue");
        fact(facts, Texts.t("claim.ClaimView.fact-via"), c.via(), "claim-via");
        fact(facts, Texts.t("claim.ClaimView.fact-type"), c.type().name(), "claim-type");
        fact(facts, Texts.t("claim.ClaimView.fact-check-worthiness"), String.format("%.2f", c.checkWorthiness()), "claim-worthiness");
        if (!c.hedges().isEmpty()) {
            fact(facts, Texts.t("claim.ClaimView.fact-hedges"), String.join(", ", c.hedges()), "claim-hedges");
        }
        summary.add(facts);

        if (!c.quantities().isEmpty()) {
            summary.add(new H3(Texts.t("claim.ClaimView.figures")));
            Div figures = new Div();
            figures.setId("claim-figures");
            for (QuantityDetails q : c.quantities()) {
                Div row = new Div(new Span(q.text()), new Span(" → " + Texts.t(q.approximate()
                        ? "claim.ClaimView.figure-about" : "claim.ClaimView.figure-exact", q.formattedValue()
                        + (q.unit() == null ? "" : " " + q.unit()))));
                row.addClassName("figure");
                figures.add(row);
            }
            summary.add(figures);
        }

        summary.add(new H3(Texts.t("claim.ClaimView.in-the-article")));
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

        Anchor article = new Anchor("articles/" + c.articleId() + "?claim=" + c.id(),
                Texts.t("claim.ClaimView.open-in-article", c.articleTitle()));
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

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("claim.ClaimView.title");
    }
}
