package org.claimdesk.claim.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.claim.ClaimLimits;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.shared.InputRejectedException;

/**
 * Corrects a claim: its words, claimant, the claimant's description and its type. Raises a
 * {@link SaveEvent} with the edit and the version it was made on, or a {@link CancelEvent}; it never calls a
 * service itself. When the save is refused (a conflict, bad input) the form keeps what the user typed.
 */
public class ClaimForm extends VerticalLayout {

    /** The form's bean: mutable, so the Binder can write into it. */
    public static class Draft {
        private String text = "";
        private String claimant = "";
        private String claimantDescription = "";
        private ClaimType type = ClaimType.STATEMENT;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getClaimant() { return claimant; }
        public void setClaimant(String claimant) { this.claimant = claimant; }
        public String getClaimantDescription() { return claimantDescription; }
        public void setClaimantDescription(String d) { this.claimantDescription = d; }
        public ClaimType getType() { return type; }
        public void setType(ClaimType type) { this.type = type; }
    }

    final TextArea text = new TextArea("Claim");
    final TextField claimant = new TextField("Claimant");
    final TextField claimantDescription = new TextField("Described as");
    final Select<ClaimType> type = new Select<>();
    final Paragraph message = new Paragraph();
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final Button reload = new Button("Reload their version, keep my input");

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private long version;

    public ClaimForm() {
        setPadding(false);
        text.setId("claim-form-text");
        text.setMaxLength(ClaimLimits.MAX_TEXT);
        text.setWidthFull();
        claimant.setId("claim-form-claimant");
        claimant.setMaxLength(ClaimLimits.MAX_CLAIMANT);
        claimantDescription.setId("claim-form-description");
        claimantDescription.setMaxLength(ClaimLimits.MAX_CLAIMANT_DESCRIPTION);
        type.setId("claim-form-type");
        type.setLabel("Type");
        type.setItems(ClaimType.values());
        message.setId("claim-form-message");
        message.addClassName("form-error");
        message.setVisible(false);

        binder.forField(text).asRequired("The claim text cannot be empty.").bind(Draft::getText, Draft::setText);
        binder.forField(claimant).asRequired("Say who makes the claim.").bind(Draft::getClaimant, Draft::setClaimant);
        binder.forField(claimantDescription).bind(Draft::getClaimantDescription, Draft::setClaimantDescription);
        binder.forField(type).asRequired("Choose the claim's type.").bind(Draft::getType, Draft::setType);

        save.setId("claim-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            message.setVisible(false);
            if (binder.validate().isOk()) {
                Draft d = binder.getBean();
                fireEvent(new SaveEvent(this, version, new ClaimEdit(d.getText(), d.getClaimant(),
                        d.getClaimantDescription(), d.getType())));
            }
        });
        reload.setId("claim-form-reload");
        reload.setVisible(false);
        reload.addClickListener(e -> fireEvent(new ReloadEvent(this)));
        cancel.setId("claim-form-cancel");
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        FormLayout fields = new FormLayout(text, claimant, claimantDescription, type);
        fields.setColspan(text, 2);
        add(message, reload, fields, new HorizontalLayout(save, cancel));
    }

    /** Fills the form from a claim and remembers the version the edit is made on. */
    public void edit(ClaimDetails claim) {
        Draft d = new Draft();
        d.setText(claim.text());
        d.setClaimant(claim.claimant());
        d.setClaimantDescription(claim.claimantDescription() == null ? "" : claim.claimantDescription());
        d.setType(claim.type());
        binder.setBean(d);
        version = claim.version();
        message.setVisible(false);
        reload.setVisible(false);
    }

    /** Shows why the save was refused; the typed input stays in the fields. */
    public void showProblem(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    /** Shows a conflict: someone saved first. The user can reload their version and save their input again. */
    public void showConflict(String text) {
        showProblem(text);
        reload.setVisible(true);
    }

    /**
     * Moves the edit onto the claim's latest version, keeping what the user typed, so that saving again
     * applies their input on top of the other person's change (which the page now shows).
     */
    public void rebase(ClaimDetails latest) {
        version = latest.version();
        reload.setVisible(false);
        message.setText("Reloaded: the page shows the current claim; your input is still here. Save to apply it.");
        message.setVisible(true);
    }

    public void showRejection(InputRejectedException e) {
        showProblem(e.getMessage());
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<ClaimForm> {
        private final long version;
        private final ClaimEdit edit;

        SaveEvent(ClaimForm source, long version, ClaimEdit edit) {
            super(source, false);
            this.version = version;
            this.edit = edit;
        }

        public long version() { return version; }
        public ClaimEdit edit() { return edit; }
    }

    /** The user wants the latest version of the claim under their input. */
    public static class ReloadEvent extends ComponentEvent<ClaimForm> {
        ReloadEvent(ClaimForm source) {
            super(source, false);
        }
    }

    public static class CancelEvent extends ComponentEvent<ClaimForm> {
        CancelEvent(ClaimForm source) {
            super(source, false);
        }
    }
}
