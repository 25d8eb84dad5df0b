package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.claim.ClaimLimits;
import org.claimdesk.extraction.ClaimType;

/** Confirms a claim marked by selecting its words: shows the words, asks who claims it and what kind it is. */
class AddClaimDialog extends Dialog {

    final Paragraph selected = new Paragraph();
    final TextField claimant = new TextField(Texts.t("article.AddClaimDialog.claimant"));
    final Select<ClaimType> type = new Select<>();
    final FormMessage problem = new FormMessage("add-claim-problem");
    final Button save = new Button(Texts.t("article.AddClaimDialog.add-claim"));
    private final int start;
    private final int end;

    AddClaimDialog(String articleText, int start, int end) {
        this.start = Math.max(0, Math.min(start, articleText.length()));
        this.end = Math.max(this.start, Math.min(end, articleText.length()));
        setHeaderTitle(Texts.t("article.AddClaimDialog.add-claim"));
        setWidth("min(40rem, 96vw)");
        selected.setText(articleText.substring(this.start, this.end).strip());
        selected.setId("add-claim-text");
        selected.addClassName("claim-context");
        claimant.setId("add-claim-claimant");
        claimant.setMaxLength(ClaimLimits.MAX_CLAIMANT);
        claimant.setRequiredIndicatorVisible(true);
        claimant.setWidthFull();
        type.setId("add-claim-type");
        type.setLabel(Texts.t("article.AddClaimDialog.type"));
        type.setItems(ClaimType.values());
        type.setValue(ClaimType.STATEMENT);
        save.setId("add-claim-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (claimant.getValue().isBlank()) {
                claimant.setErrorMessage(Texts.t("article.AddClaimDialog.say-who-makes-the-claim"));
                claimant.setInvalid(true);
                return;
            }
            fireEvent(new SaveEvent(this, this.start, this.end, claimant.getValue(), type.getValue()));
        });
        add(problem, selected, claimant, type);
        getFooter().add(new Button(Texts.t("article.AddClaimDialog.cancel"), e -> close()), save);
    }

    void showProblem(String message) {
        problem.error(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<AddClaimDialog> {
        private final int start;
        private final int end;
        private final String claimant;
        private final ClaimType type;

        SaveEvent(AddClaimDialog source, int start, int end, String claimant, ClaimType type) {
            super(source, false);
            this.start = start;
            this.end = end;
            this.claimant = claimant;
            this.type = type;
        }

        int start() { return start; }
        int end() { return end; }
        String claimant() { return claimant; }
        ClaimType type() { return type; }
    }
}
