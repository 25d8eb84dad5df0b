package org.claimdesk.claim.ui;

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
        setHeaderTitle("Correct claim");
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
        ConfirmDialog confirm = new ConfirmDialog("Discard your changes?",
                "What you typed in this claim is not saved yet.", "Discard", e -> close());
        confirm.setId("confirm-discard");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.setConfirmButtonTheme("error primary");
        add(confirm);
        confirm.open();
    }
}
