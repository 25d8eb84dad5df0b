package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.claim.MergePreview;
import org.claimdesk.shared.ui.FormMessage;

/**
 * Asks before two claims are merged: shows the merged words and, when the two claims have different claimants,
 * asks which claimant the merged claim keeps. Raises a {@link ConfirmEvent}; never calls a service itself.
 */
class MergeClaimsDialog extends Dialog {

    final RadioButtonGroup<Long> claimant = new RadioButtonGroup<>(Texts.t("article.MergeClaimsDialog.claimant-of-the-merged-claim"));
    final Button confirm = new Button(Texts.t("article.MergeClaimsDialog.merge"));
    final Button cancel = new Button(Texts.t("article.MergeClaimsDialog.cancel"), e -> close());
    final FormMessage problem = new FormMessage("merge-problem");

    MergeClaimsDialog(MergePreview preview) {
        setHeaderTitle(Texts.t("article.MergeClaimsDialog.merge-two-claims"));
        setWidth("min(40rem, 96vw)");
        setId("merge-dialog");
        Div words = new Div("“" + preview.mergedText() + "”");
        words.addClassName("merge-preview");
        claimant.setId("merge-claimant");
        claimant.setItems(preview.firstId(), preview.secondId());
        claimant.setItemLabelGenerator(id -> id == preview.firstId() ? preview.firstClaimant() : preview.secondClaimant());
        claimant.setVisible(!preview.sameClaimant());
        confirm.setId("merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (!preview.sameClaimant() && claimant.getValue() == null) {
                problem.error(Texts.t("article.MergeClaimsDialog.the-two-claims-have-different-claimants"));
                return;
            }
            fireEvent(new ConfirmEvent(this, preview.sameClaimant() ? null : claimant.getValue()));
        });
        add(problem, new Paragraph(Texts.t("article.MergeClaimsDialog.what-merging-does")), words, claimant);
        getFooter().add(cancel, confirm);
    }

    void showProblem(String message) {
        problem.error(message);
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }

    static class ConfirmEvent extends ComponentEvent<MergeClaimsDialog> {
        private final Long keepClaimantOf;

        ConfirmEvent(MergeClaimsDialog source, Long keepClaimantOf) {
            super(source, false);
            this.keepClaimantOf = keepClaimantOf;
        }

        /** The claim whose claimant stays, or null when both have the same one. */
        Long keepClaimantOf() {
            return keepClaimantOf;
        }
    }
}
