package org.claimdesk.evidence.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.RatingLabelDetails;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictDetails;
import org.claimdesk.shared.ThreeWayMerge;
import org.claimdesk.shared.ui.ConflictChoices;
import org.claimdesk.shared.ui.DraftMerge;
import org.claimdesk.shared.ui.FormMessage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The two-part verdict: attribution and substance, with the rationale. Raises a {@link SaveEvent}. */
public class VerdictForm extends VerticalLayout {

    /** The Binder's bean. */
    public static class Draft {
        private Attribution attribution = Attribution.CONFIRMED;
        private Rating rating;
        private String rationale = "";
        private String overrideReason = "";

        static Draft of(VerdictDetails v) {
            Draft d = new Draft();
            if (v != null) {
                d.attribution = v.attribution();
                d.rating = v.rating();
                d.rationale = v.rationale();
                d.overrideReason = v.overrideReason() == null ? "" : v.overrideReason();
            }
            return d;
        }

        public Attribution getAttribution() { return attribution; }
        public void setAttribution(Attribution v) { attribution = v; }
        public Rating getRating() { return rating; }
        public void setRating(Rating v) { rating = v; }
        public String getRationale() { return rationale; }
        public void setRationale(String v) { rationale = v; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { overrideReason = v; }
    }

    /** Per form, not static: the field names are shown to the user, in the UI's language. */
    private final ThreeWayMerge<Draft> merge = new ThreeWayMerge<>(
            ThreeWayMerge.Field.of(Texts.t("evidence.VerdictForm.field-attribution"), Draft::getAttribution,
                    Draft::setAttribution),
            ThreeWayMerge.Field.of(Texts.t("evidence.VerdictForm.field-substance"), Draft::getRating, Draft::setRating),
            ThreeWayMerge.Field.text(Texts.t("evidence.VerdictForm.rationale"), Draft::getRationale, Draft::setRationale),
            ThreeWayMerge.Field.text(Texts.t("evidence.VerdictForm.field-override-reason"), Draft::getOverrideReason,
                    Draft::setOverrideReason));

    final Select<Attribution> attribution = new Select<>();
    final Select<Rating> rating = new Select<>();
    final TextArea rationale = new TextArea(Texts.t("evidence.VerdictForm.rationale"));
    final TextField overrideReason = new TextField(Texts.t("evidence.VerdictForm.editor-s-override-reason-true-or"));
    final FormMessage problem = new FormMessage("verdict-problem");
    final ConflictChoices<Draft> conflicts = new ConflictChoices<>("verdict-conflicts");
    final Button save = new Button(Texts.t("evidence.VerdictForm.submit-verdict-for-approval"));
    final Button reload = new Button(Texts.t("evidence.VerdictForm.reload-their-version-keep-my-input"));
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final DraftMerge<Draft> drafts = new DraftMerge<>(merge, binder, conflicts, problem,
            Texts.t("evidence.VerdictForm.submit"));
    private long claimVersion;

    public VerdictForm(List<RatingLabelDetails> labels, boolean editor) {
        setPadding(false);
        Map<Rating, String> names = labels.stream().collect(Collectors.toMap(RatingLabelDetails::rating, RatingLabelDetails::label));
        attribution.setId("verdict-attribution");
        attribution.setLabel(Texts.t("evidence.VerdictForm.attribution-did-the-claimant-say-it"));
        attribution.setItems(Attribution.values());
        rating.setId("verdict-rating");
        rating.setLabel(Texts.t("evidence.VerdictForm.substance-is-it-true"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> names.getOrDefault(r, r.name()));
        rationale.setId("verdict-rationale");
        rationale.setMaxLength(EvidenceLimits.MAX_RATIONALE);
        rationale.setWidthFull();
        rationale.setRequiredIndicatorVisible(true);
        overrideReason.setId("verdict-override");
        overrideReason.setMaxLength(EvidenceLimits.MAX_OVERRIDE_REASON);
        overrideReason.setVisible(editor);
        overrideReason.setWidthFull();

        binder.forField(attribution).asRequired(Texts.t("evidence.VerdictForm.say-whether-the-claimant-really-said"))
                .bind(Draft::getAttribution, Draft::setAttribution);
        binder.forField(rating).asRequired(Texts.t("evidence.VerdictForm.choose-a-rating")).bind(Draft::getRating, Draft::setRating);
        binder.forField(rationale).asRequired(Texts.t("evidence.VerdictForm.write-the-rationale-for-the-verdict"))
                .bind(Draft::getRationale, Draft::setRationale);
        binder.forField(overrideReason).bind(Draft::getOverrideReason, Draft::setOverrideReason);
        drafts.start(new Draft(), new Draft());

        save.setId("verdict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (drafts.readyToSave() && binder.validate().isOk()) {
                Draft d = binder.getBean();
                fireEvent(new SaveEvent(this, new VerdictInput(d.getAttribution(), d.getRating(), d.getRationale(),
                        d.getOverrideReason(), claimVersion)));
            }
        });
        reload.setId("verdict-reload");
        reload.setVisible(false);
        reload.addClickListener(e -> fireEvent(new ReloadEvent(this)));
        FormLayout fields = new FormLayout(attribution, rating, rationale, overrideReason);
        fields.setColspan(rationale, 2);
        fields.setColspan(overrideReason, 2);
        add(problem, reload, conflicts, fields, save);
    }

    /** Puts the cursor in the first field, for "Set verdict" in the claim page's header and its shortcut. */
    public void focusFirstField() {
        attribution.focus();
    }

    /** Starts from the current verdict (if any), made on the claim's current version. */
    public void edit(VerdictDetails current, long claimVersion) {
        drafts.start(Draft.of(current), Draft.of(current));
        this.claimVersion = claimVersion;
        reload.setVisible(false);
    }

    /** Shows why the verdict was refused; what the user typed stays. */
    public void showProblem(String message) {
        problem.error(message);
    }

    /** Shows that someone saved first; the user may reload and apply their input again. */
    public void showConflict(String message) {
        problem.error(message);
        reload.setVisible(true);
    }

    /** True when the user typed something that differs from the verdict they opened. */
    public boolean hasChanges() {
        return drafts.hasChanges();
    }

    /**
     * Moves the input onto the claim's latest version and verdict (see {@link DraftMerge#rebase}).
     *
     * @param announce say so even when nobody else changed the verdict (after the user asked to reload)
     */
    public void rebase(long latestClaimVersion, VerdictDetails latest, boolean announce) {
        claimVersion = latestClaimVersion;
        reload.setVisible(false);
        drafts.rebase(Draft.of(latest), announce);
    }

    public Registration addReloadListener(ComponentEventListener<ReloadEvent> l) {
        return addListener(ReloadEvent.class, l);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> l) {
        return addListener(SaveEvent.class, l);
    }

    public static class ReloadEvent extends ComponentEvent<VerdictForm> {
        ReloadEvent(VerdictForm source) {
            super(source, false);
        }
    }

    public static class SaveEvent extends ComponentEvent<VerdictForm> {
        private final VerdictInput input;

        SaveEvent(VerdictForm source, VerdictInput input) {
            super(source, false);
            this.input = input;
        }

        public VerdictInput input() { return input; }
    }
}
