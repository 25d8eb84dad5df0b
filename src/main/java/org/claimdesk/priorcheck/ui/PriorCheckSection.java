package org.claimdesk.priorcheck.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.priorcheck.LinkStatus;
import org.claimdesk.priorcheck.PriorCheckDetails;
import org.claimdesk.priorcheck.PriorCheckLimits;
import org.claimdesk.priorcheck.PriorCheckLink;
import org.claimdesk.priorcheck.PriorCheckLinks;
import org.claimdesk.priorcheck.PriorCheckService;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.FormMessage;

/**
 * "Already checked by": the prior checks accepted for this claim and those suggested (Accept / Dismiss), and a
 * word search to link one by hand. Dismissed links are not shown.
 */
class PriorCheckSection extends VerticalLayout implements ClaimPageSection {

    /** How many search results are offered. */
    static final int RESULTS = 10;

    final Div list = new Div();
    final TextField search = new TextField();
    final Button find = new Button(Texts.t("priorcheck.PriorCheckSection.find"));
    final Div results = new Div();
    final FormMessage problem = new FormMessage("prior-check-problem");
    private final PriorCheckLinks links;
    private final PriorCheckService priorChecks;
    private final long claimId;
    private final Runnable reload;

    PriorCheckSection(PriorCheckLinks links, PriorCheckService priorChecks, ClaimDetails claim, Runnable reload) {
        this.links = links;
        this.priorChecks = priorChecks;
        this.claimId = claim.id();
        this.reload = reload;
        setPadding(false);
        setId("prior-checks-section");
        list.setId("prior-check-links");
        search.setId("prior-check-search");
        search.setPlaceholder(Texts.t("priorcheck.PriorCheckSection.words-of-a-prior-check-s"));
        search.setMaxLength(PriorCheckLimits.MAX_QUERY);
        search.setWidth("24rem");
        find.setId("prior-check-find");
        find.addThemeVariants(ButtonVariant.LUMO_SMALL);
        find.addClickListener(e -> showResults());
        results.setId("prior-check-results");
        HorizontalLayout form = new HorizontalLayout(search, find);
        form.setAlignItems(Alignment.BASELINE);
        add(new H3(Texts.t("priorcheck.PriorCheckSection.prior-checks")), list, form, results, problem);
        refresh(claim);
    }

    @Override
    public void refresh(ClaimDetails claim) {
        list.removeAll();
        for (PriorCheckLink l : links.linksOf(claimId)) {
            if (l.status() != LinkStatus.DISMISSED) {
                list.add(row(l));
            }
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Span(Texts.t("priorcheck.PriorCheckSection.no-prior-check-linked-yet")));
        }
    }

    private Div row(PriorCheckLink l) {
        PriorCheckDetails p = l.priorCheck();
        Div row = new Div();
        row.addClassName("prior-check-row");
        row.addClassName("prior-check-" + l.status().name().toLowerCase());
        row.setId("prior-check-link-" + l.id());
        String prefix = Texts.t(l.status() == LinkStatus.SUGGESTED ? "priorcheck.PriorCheckSection.suggested-already-checked-by"
                : "priorcheck.PriorCheckSection.already-checked-by") + " ";
        Anchor review = new Anchor(p.reviewUrl(), p.verdictLine());
        review.setTarget("_blank");
        review.getElement().setAttribute("rel", "noopener noreferrer");
        row.add(new Span(prefix), review, new Span(" — \u201C" + p.claimReviewed() + "\u201D"
                + (p.claimant() == null ? "" : " (" + p.claimant() + ")")));
        if (l.reason() != null) {
            Div reason = new Div(l.reason());
            reason.addClassName("link-reason");
            row.add(reason);
        }
        if (l.status() == LinkStatus.SUGGESTED) {
            Button accept = new Button(Texts.t("priorcheck.PriorCheckSection.accept"), e -> act(() -> links.decide(claimId, l.id(), true)));
            accept.setId("prior-check-accept-" + l.id());
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button dismiss = new Button(Texts.t("priorcheck.PriorCheckSection.dismiss"), e -> act(() -> links.decide(claimId, l.id(), false)));
            dismiss.setId("prior-check-dismiss-" + l.id());
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(accept, dismiss);
        }
        return row;
    }

    void showResults() {
        results.removeAll();
        try {
            var found = priorChecks.search(search.getValue(), 0, RESULTS).getContent();
            problem.clear();
            if (found.isEmpty()) {
                results.add(new Span(Texts.t("priorcheck.PriorCheckSection.no-prior-check-matches")));
            }
            for (PriorCheckDetails p : found) {
                Div row = new Div(new Span(p.verdictLine() + " — \u201C" + p.claimReviewed() + "\u201D "));
                row.addClassName("prior-check-result");
                Button link = new Button(Texts.t("priorcheck.PriorCheckSection.link"), e -> act(() -> links.link(claimId, p.id())));
                link.setId("prior-check-link-to-" + p.id());
                link.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(link);
                results.add(row);
            }
        } catch (InputRejectedException e) {
            problem.error(e.getMessage());
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            problem.clear();
            results.removeAll();
            refresh(null);
            reload.run();
        } catch (InputRejectedException | NotFoundException | ConflictException refused) {
            problem.error(refused.getMessage());
        }
    }
}
