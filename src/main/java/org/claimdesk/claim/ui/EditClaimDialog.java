package org.claimdesk.claim.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import org.claimdesk.claim.ClaimDetails;

/**
 * The claim form in a dialog, for correcting a claim where it is listed. It never closes on a stray click or
 * Escape with unsaved input: the person is asked before their input is discarded.
 */
public class EditClaimDialog extends Dialog {

    private final ClaimForm form = new ClaimForm();

    public EditClaimDialog(ClaimDetails claim) {
        setHeaderTitle(Texts.t("claim.EditClaimDialog.correct-claim"));
        setWidth("min(44rem, 96vw)");
        setCloseOnOutsideClick(false);
        // with a close-action listener, Escape no longer closes the dialog by itself: we decide
        addDialogCloseActionListener(e -> closeUnlessChanged());
        form.addCancelListener(e -> closeUnlessChanged());
        form.edit(claim);
        add(form);
    }

    public ClaimForm form() {
        return form;
    }

    /** Closes at once when nothing was typed; otherwise asks before the input is lost. */
    void closeUnlessChanged() {
        if (!form.hasChanges()) {
            close();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(Texts.t("claim.EditClaimDialog.discard-your-changes"),
                Texts.t("claim.EditClaimDialog.what-you-typed-in-this-claim"), Texts.t("claim.EditClaimDialog.discard"), e -> close());
        confirm.setId("confirm-discard");
        confirm.setCancelable(true);
        confirm.setCancelText(Texts.t("claim.EditClaimDialog.keep-editing"));
        confirm.setConfirmButtonTheme("error primary");
        add(confirm);
        confirm.open();
    }
}
