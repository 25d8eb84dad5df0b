package org.claimdesk.claim.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.shared.ThreeWayMerge;
import org.claimdesk.shared.ui.ConflictChoices;
import org.claimdesk.shared.ui.DraftMerge;
import org.claimdesk.shared.ui.FormMessage;

/**
 * Corrects a claim: its words, claimant, the claimant's description and its type. Raises a
 * {@link SaveEvent} with the edit and the version it was made on, or a {@link CancelEvent}; it never calls a
 * service itself. When the save is refused (a conflict, bad input) the form keeps what the user typed, and
 * {@link #rebase} moves the input onto the latest version with a three-way merge: only the fields this user
 * changed are applied, so a reload never reverts someone else's change.
 */
public class ClaimForm extends VerticalLayout {

    /** The form's bean: mutable, so the Binder can write into it. */
    public static class Draft {
        private String text = "";
        private String claimant = "";
        private String claimantDescription = "";
        private ClaimType type = ClaimType.STATEMENT;

        static Draft of(ClaimDetails claim) {
            Draft d = new Draft();
            d.text = claim.text();
            d.claimant = claim.claimant();
            d.claimantDescription = claim.claimantDescription() == null ? "" : claim.claimantDescription();
            d.type = claim.type();
            return d;
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getClaimant() { return claimant; }
        public void setClaimant(String claimant) { this.claimant = claimant; }
        public String getClaimantDescription() { return claimantDescription; }
        public void setClaimantDescription(String d) { this.claimantDescription = d; }
        public ClaimType getType() { return type; }
        public void setType(ClaimType type) { this.type = type; }
    }

    /** Per form, not static: the field names are shown to the user, in the UI's language. */
    private final ThreeWayMerge<Draft> merge = new ThreeWayMerge<>(
            ThreeWayMerge.Field.text(Texts.t("claim.ClaimForm.claim"), Draft::getText, Draft::setText),
            ThreeWayMerge.Field.text(Texts.t("claim.ClaimForm.claimant"), Draft::getClaimant, Draft::setClaimant),
            ThreeWayMerge.Field.text(Texts.t("claim.ClaimForm.described-as"), Draft::getClaimantDescription,
                    Draft::setClaimantDescription),
            ThreeWayMerge.Field.of(Texts.t("claim.ClaimForm.type"), Draft::getType, Draft::setType));

    final TextArea text = new TextArea(Texts.t("claim.ClaimForm.claim"));
    final TextField claimant = new TextField(Texts.t("claim.ClaimForm.claimant"));
    final TextField claimantDescription = new TextField(Texts.t("claim.ClaimForm.described-as"));
    final Select<ClaimType> type = new Select<>();
    final FormMessage message = new FormMessage("claim-form-message");
    final ConflictChoices<Draft> conflicts = new ConflictChoices<>("claim-form-conflicts");
    final Button save = new Button(Texts.t("claim.ClaimForm.save"));
    final Button cancel = new Button(Texts.t("claim.ClaimForm.cancel"));
    final Button reload = new Button(Texts.t("claim.ClaimForm.reload-their-version-keep-my-input"));

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final DraftMerge<Draft> drafts = new DraftMerge<>(merge, binder, conflicts, message,
            Texts.t("claim.ClaimForm.save"));

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
        type.setLabel(Texts.t("claim.ClaimForm.type"));
        type.setItems(ClaimType.values());

        binder.forField(text).asRequired(Texts.t("claim.ClaimForm.the-claim-text-cannot-be-empty")).bind(Draft::getText, Draft::setText);
        binder.forField(claimant).asRequired(Texts.t("claim.ClaimForm.say-who-makes-the-claim")).bind(Draft::getClaimant, Draft::setClaimant);
        binder.forField(claimantDescription).bind(Draft::getClaimantDescription, Draft::setClaimantDescription);
        binder.forField(type).asRequired(Texts.t("claim.ClaimForm.choose-the-claim-s-type")).bind(Draft::getType, Draft::setType);
        drafts.start(new Draft(), new Draft());

        save.setId("claim-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (drafts.readyToSave() && binder.validate().isOk()) {
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
        add(message, reload, conflicts, fields, new HorizontalLayout(save, cancel));
    }

    /** Fills the form from a claim and remembers the version the edit is made on. */
    public void edit(ClaimDetails claim) {
        drafts.start(Draft.of(claim), Draft.of(claim));
        version = claim.version();
        reload.setVisible(false);
    }

    /** True when the user typed something that differs from the claim they opened. */
    public boolean hasChanges() {
        return drafts.hasChanges();
    }

    public void showProblem(String text) {
        message.error(text);
    }

    /** Shows a conflict: someone saved first. The user can reload their version and save their input again. */
    public void showConflict(String text) {
        message.error(text);
        reload.setVisible(true);
    }

    /**
     * Moves the edit onto the claim's latest version (see {@link DraftMerge#rebase}): only this user's changes
     * are applied on top of the other person's.
     *
     * @param announce say so even when nobody else changed the words (after the user asked to reload)
     */
    public void rebase(ClaimDetails latest, boolean announce) {
        version = latest.version();
        reload.setVisible(false);
        drafts.rebase(Draft.of(latest), announce);
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
