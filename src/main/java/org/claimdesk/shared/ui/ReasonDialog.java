package org.claimdesk.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/**
 * Asks to confirm an action that undoes someone's work (reopening a verdict, removing a source under one) and why:
 * the reason is handed on to go into the claim's history. Cancel, Esc or closing does nothing.
 */
public class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea(Texts.t("shared.ReasonDialog.reason-kept-in-the-history"));
    final Button confirm;
    final Button cancel = new Button(Texts.t("shared.ReasonDialog.cancel"));

    /**
     * @param required whether the action may not go ahead without a reason
     * @param onConfirm gets the reason (stripped; null when none was given and none is required)
     */
    public ReasonDialog(String title, String explanation, String confirmLabel, boolean required, int maxLength,
                        Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setWidth("min(36rem, 96vw)");
        setCloseOnOutsideClick(false);
        reason.setId("reason-dialog-reason");
        reason.setWidthFull();
        reason.setMaxLength(maxLength);
        reason.setRequired(required);
        reason.setRequiredIndicatorVisible(required);
        reason.setErrorMessage(Texts.t("shared.ReasonDialog.say-why-for-the-people-who"));
        confirm = new Button(confirmLabel, e -> {
            String why = reason.getValue() == null ? "" : reason.getValue().strip();
            if (required && why.isEmpty()) {
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            close();
            onConfirm.accept(why.isEmpty() ? null : why);
        });
        confirm.setId("reason-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        cancel.setId("reason-dialog-cancel");
        cancel.addClickListener(e -> close());
        Paragraph text = new Paragraph(explanation);
        text.addClassName("reason-explanation");
        add(text, reason);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
