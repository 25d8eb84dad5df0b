package org.claimdesk.claim.ui;

import com.vaadin.flow.component.dialog.Dialog;
import org.claimdesk.claim.ClaimDetails;

/** The claim form in a dialog, for correcting a claim where it is listed. */
public class EditClaimDialog extends Dialog {

    private final ClaimForm form = new ClaimForm();

    public EditClaimDialog(ClaimDetails claim) {
        setHeaderTitle("Correct claim");
        setWidth("min(44rem, 96vw)");
        form.edit(claim);
        add(form);
    }

    public ClaimForm form() {
        return form;
    }
}
