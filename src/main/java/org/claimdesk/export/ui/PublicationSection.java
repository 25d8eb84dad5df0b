package org.claimdesk.export.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.export.PublicationDetails;
import org.claimdesk.export.PublicationState;
import org.claimdesk.export.PublishingService;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.FormMessage;

import java.util.Optional;

/**
 * The claim's public fact-check page on the claim page: its state and address for everyone; for editors, the
 * short form of the claim the page shows, and Publish / Update / Unpublish. Only a verified claim is published.
 */
class PublicationSection extends VerticalLayout implements ClaimPageSection {

    final Span state = new Span();
    final Anchor link = new Anchor();
    final TextField claimReviewed = new TextField(Texts.t("export.PublicationSection.short-form-shown-on-the-public"));
    final Button publish = new Button(Texts.t("export.PublicationSection.publish"));
    final Button unpublish = new Button(Texts.t("export.PublicationSection.unpublish"));
    final FormMessage message = new FormMessage("publication-message");
    private final PublishingService publishing;
    private final boolean editor;
    private ClaimDetails claim;

    PublicationSection(PublishingService publishing, boolean editor, ClaimDetails claim, Runnable reload) {
        this.publishing = publishing;
        this.editor = editor;
        this.claim = claim;
        setPadding(false);
        setId("publication");
        state.setId("publication-state");
        link.setId("publication-link");
        link.setTarget("_blank");
        claimReviewed.setId("publication-claim-reviewed");
        claimReviewed.setMaxLength(PublishingService.MAX_CLAIM_REVIEWED);
        claimReviewed.setWidthFull();
        claimReviewed.setHelperText(Texts.t("export.PublicationSection.blank-the-claim-s-own-words"));
        publish.setId("publication-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> act(() -> publishing.publish(this.claim.id(), claimReviewed.getValue()),
                Texts.t("export.PublicationSection.published-readable-by-anyone"), reload));
        unpublish.setId("publication-unpublish");
        unpublish.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        unpublish.addClickListener(e -> act(() -> publishing.unpublish(this.claim.id()),
                Texts.t("export.PublicationSection.unpublished-address-says-withdrawn"), reload));
        HorizontalLayout actions = new HorizontalLayout(publish, unpublish);
        add(new H3(Texts.t("export.PublicationSection.public-fact-check")), new HorizontalLayout(state, link), claimReviewed, actions, message);
        claimReviewed.setVisible(editor);
        actions.setVisible(editor);
        refresh(claim);
    }

    private void act(Runnable action, String done, Runnable reload) {
        try {
            action.run();
            message.info(done);
            reload.run();
        } catch (InputRejectedException | NotFoundException refused) {
            message.error(refused.getMessage());
        }
    }

    @Override
    public void refresh(ClaimDetails latest) {
        claim = latest;
        Optional<PublicationDetails> p = publishing.of(latest.id());
        PublicationState s = p.map(PublicationDetails::state).orElse(null);
        boolean verified = latest.status() == ClaimStatus.VERIFIED;
        state.setText(s == null ? Texts.t(verified ? "export.PublicationSection.not-published"
                : "export.PublicationSection.not-published-only-verified")
                : switch (s) {
                    case PUBLISHED -> Texts.t("export.PublicationSection.state-published");
                    case UNDER_REVIEW -> Texts.t("export.PublicationSection.state-under-review");
                    case UNPUBLISHED -> Texts.t("export.PublicationSection.state-unpublished");
                });
        link.setVisible(s == PublicationState.PUBLISHED || s == PublicationState.UNDER_REVIEW);
        p.ifPresent(x -> {
            link.setHref(x.url());
            link.setText(x.url());
            if (claimReviewed.isEmpty()) {
                claimReviewed.setValue(x.claimReviewed());
            }
        });
        publish.setText(Texts.t(s == PublicationState.PUBLISHED ? "export.PublicationSection.update"
                : "export.PublicationSection.publish"));
        publish.setEnabled(editor && verified);
        unpublish.setEnabled(editor && (s == PublicationState.PUBLISHED || s == PublicationState.UNDER_REVIEW));
        // the section is there for everyone once a claim is verified or has had a page
        setVisible(verified || s != null);
    }
}
