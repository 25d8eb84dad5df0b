package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.claimdesk.review.BulkResult;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.FormMessage;

import java.util.List;

/**
 * A dialog asking for what a bulk action needs; on confirm it runs the action, closes, lists each claim's
 * result and tells the page to refresh. A refusal of the whole input (no claims, a date in the past) stays in
 * the dialog with the input kept.
 */
abstract class BulkActionDialog extends Dialog {

    final Button confirm;
    final FormMessage problem = new FormMessage("bulk-problem");
    private final Runnable changed;

    BulkActionDialog(String title, String confirmLabel, Runnable changed) {
        this.changed = changed;
        setHeaderTitle(title);
        setWidth("30rem");
        confirm = new Button(confirmLabel, e -> run());
        confirm.setId("bulk-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(Texts.t("review.BulkActionDialog.cancel"), e -> close()), confirm);
    }

    /** Puts the dialog's fields in a form above the message line. */
    void form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, problem);
    }

    /** Does the action with the values in the dialog. */
    abstract List<BulkResult> act();

    private void run() {
        List<BulkResult> outcome;
        try {
            outcome = act();
        } catch (InputRejectedException | NotFoundException refused) {
            problem.error(refused.getMessage());
            return;
        }
        close();
        new BulkResultsDialog(getHeaderTitle(), outcome).open();
        changed.run();
    }
}
