package org.claimdesk.evidence.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.RatingLabelView;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictView;

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

        public Attribution getAttribution() { return attribution; }
        public void setAttribution(Attribution v) { attribution = v; }
        public Rating getRating() { return rating; }
        public void setRating(Rating v) { rating = v; }
        public String getRationale() { return rationale; }
        public void setRationale(String v) { rationale = v; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { overrideReason = v; }
    }

    final Select<Attribution> attribution = new Select<>();
    final Select<Rating> rating = new Select<>();
    final TextArea rationale = new TextArea("Rationale");
    final TextField overrideReason = new TextField("Editor's override reason (TRUE or MOSTLY TRUE without two supporting publishers)");
    final Paragraph problem = new Paragraph();
    final Button save = new Button("Submit verdict for approval");
    final Button reload = new Button("Reload their version, keep my input");
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private long claimVersion;

    public VerdictForm(List<RatingLabelView> labels, boolean editor) {
        setPadding(false);
        Map<Rating, String> names = labels.stream().collect(Collectors.toMap(RatingLabelView::rating, RatingLabelView::label));
        attribution.setId("verdict-attribution");
        attribution.setLabel("Attribution: did the claimant say it?");
        attribution.setItems(Attribution.values());
        rating.setId("verdict-rating");
        rating.setLabel("Substance: is it true?");
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
        problem.setId("verdict-problem");
        problem.addClassName("form-error");
        problem.setVisible(false);

        binder.forField(attribution).asRequired("Say whether the claimant really said it.")
                .bind(Draft::getAttribution, Draft::setAttribution);
        binder.forField(rating).asRequired("Choose a rating.").bind(Draft::getRating, Draft::setRating);
        binder.forField(rationale).asRequired("Write the rationale for the verdict.")
                .bind(Draft::getRationale, Draft::setRationale);
        binder.forField(overrideReason).bind(Draft::getOverrideReason, Draft::setOverrideReason);
        binder.setBean(new Draft());

        save.setId("verdict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            problem.setVisible(false);
            if (binder.validate().isOk()) {
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
        add(problem, reload, fields, save);
    }

    /** Starts from the current verdict (if any), made on the claim's current version. */
    public void edit(VerdictView current, long claimVersion) {
        Draft d = new Draft();
        if (current != null) {
            d.setAttribution(current.attribution());
            d.setRating(current.rating());
            d.setRationale(current.rationale());
        }
        binder.setBean(d);
        this.claimVersion = claimVersion;
    }

    /** Shows why the verdict was refused; what the user typed stays. */
    public void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Shows that someone saved first; the user may reload and apply their input again. */
    public void showConflict(String message) {
        showProblem(message);
        reload.setVisible(true);
    }

    /** Puts the user's input on top of the claim's latest version; {@code theirs} says what is stored now. */
    public void rebase(long latestClaimVersion, String theirs) {
        claimVersion = latestClaimVersion;
        reload.setVisible(false);
        showProblem("Reloaded. Stored now: " + theirs + ". Your input is still here: submit to apply it.");
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
