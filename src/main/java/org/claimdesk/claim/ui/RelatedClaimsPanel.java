package org.claimdesk.claim.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.claim.LinkState;
import org.claimdesk.claim.LinkType;
import org.claimdesk.claim.LinkDetails;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.FormMessage;

/** Claims related to this one: suggestions to accept or dismiss, accepted links, and a form to link by hand. */
class RelatedClaimsPanel extends VerticalLayout implements ClaimPageSection {

    final Div list = new Div();
    final IntegerField otherClaim = new IntegerField(Texts.t("claim.RelatedClaimsPanel.claim-number"));
    final Select<LinkType> type = new Select<>();
    final Button link = new Button(Texts.t("claim.RelatedClaimsPanel.link"));
    final FormMessage problem = new FormMessage("link-problem");
    private final ClaimLinks links;
    private final long claimId;
    private final Runnable changed;

    RelatedClaimsPanel(ClaimLinks links, long claimId, Runnable changed) {
        this.links = links;
        this.claimId = claimId;
        this.changed = changed;
        setPadding(false);
        list.setId("claim-links");
        otherClaim.setId("link-other");
        otherClaim.setMin(1);
        type.setId("link-type");
        type.setLabel(Texts.t("claim.RelatedClaimsPanel.relation"));
        type.setItems(LinkType.values());
        type.setValue(LinkType.SAME_CLAIM);
        link.setId("link-add");
        link.addClickListener(e -> {
            try {
                if (otherClaim.getValue() == null) {
                    throw new InputRejectedException("toClaimId", Texts.t("claim.RelatedClaimsPanel.give-the-number"));
                }
                links.link(claimId, otherClaim.getValue(), type.getValue());
                otherClaim.clear();
                problem.clear();
                changed.run();
            } catch (InputRejectedException | NotFoundException | ConflictException ex) {
                problem.error(ex.getMessage());
            }
        });
        HorizontalLayout form = new HorizontalLayout(otherClaim, type, link);
        form.setAlignItems(Alignment.BASELINE);
        add(new H3(Texts.t("claim.RelatedClaimsPanel.related-claims")), list, form, problem);
        refresh();
    }

    /** Redraws the list; what the user is typing stays. */
    @Override
    public void refresh(org.claimdesk.claim.ClaimDetails claim) {
        refresh();
    }

    void refresh() {
        list.removeAll();
        for (LinkDetails l : links.linksOf(claimId)) {
            if (l.state() == LinkState.DISMISSED) {
                continue;
            }
            Div row = new Div();
            row.addClassName("link-row");
            row.addClassName("link-" + l.state().name().toLowerCase());
            String label = l.state() == LinkState.SUGGESTED
                    ? Texts.t("claim.RelatedClaimsPanel.suggested", Texts.label(l.type())) : Texts.label(l.type());
            row.add(new Span(label + " — "), new Anchor("claims/" + l.otherClaimId(),
                    "#" + l.otherClaimId() + " " + l.otherClaimant() + ": " + l.otherText()));
            if (l.reason() != null) {
                Div reason = new Div(l.reason());
                reason.addClassName("link-reason");
                row.add(reason);
            }
            if (l.state() == LinkState.SUGGESTED) {
                Button accept = new Button(Texts.t("claim.RelatedClaimsPanel.accept"), e -> decide(l.id(), true));
                accept.setId("link-accept-" + l.id());
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                Button dismiss = new Button(Texts.t("claim.RelatedClaimsPanel.dismiss"), e -> decide(l.id(), false));
                dismiss.setId("link-dismiss-" + l.id());
                dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(accept, dismiss);
            }
            list.add(row);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Span(Texts.t("claim.RelatedClaimsPanel.no-related-claims-yet")));
        }
    }

    private void decide(long linkId, boolean accept) {
        links.decide(linkId, accept);
        changed.run();
    }
}
