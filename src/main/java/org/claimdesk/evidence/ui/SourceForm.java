package org.claimdesk.evidence.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.evidence.EvidenceLimits;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.SourceDetails;
import org.claimdesk.evidence.Stance;
import org.claimdesk.shared.ThreeWayMerge;
import org.claimdesk.shared.WebLinks;
import org.claimdesk.shared.ui.ConflictChoices;
import org.claimdesk.shared.ui.DraftMerge;
import org.claimdesk.shared.ui.FormMessage;

import java.time.LocalDate;
import java.util.Locale;

/** Enters or edits a source. Raises a {@link SaveEvent}; never calls a service itself. */
public class SourceForm extends VerticalLayout {

    /** The Binder's bean. */
    public static class Draft {
        private String url = "";
        private String title = "";
        private String publisher = "";
        private String author = "";
        private LocalDate publishedAt;
        private LocalDate accessedAt = LocalDate.now();
        private Stance stance = Stance.SUPPORTS;
        private String excerpt = "";
        private String archivedUrl = "";

        static Draft of(SourceDetails s) {
            Draft d = new Draft();
            d.url = s.url();
            d.title = s.title() == null ? "" : s.title();
            d.publisher = s.publisher() == null ? "" : s.publisher();
            d.author = s.author() == null ? "" : s.author();
            d.publishedAt = s.publishedAt();
            d.accessedAt = s.accessedAt();
            d.stance = s.stance();
            d.excerpt = s.excerpt() == null ? "" : s.excerpt();
            d.archivedUrl = s.archivedUrl() == null ? "" : s.archivedUrl();
            return d;
        }

        public String getUrl() { return url; }
        public void setUrl(String v) { url = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getPublisher() { return publisher; }
        public void setPublisher(String v) { publisher = v; }
        public String getAuthor() { return author; }
        public void setAuthor(String v) { author = v; }
        public LocalDate getPublishedAt() { return publishedAt; }
        public void setPublishedAt(LocalDate v) { publishedAt = v; }
        public LocalDate getAccessedAt() { return accessedAt; }
        public void setAccessedAt(LocalDate v) { accessedAt = v; }
        public Stance getStance() { return stance; }
        public void setStance(Stance v) { stance = v; }
        public String getExcerpt() { return excerpt; }
        public void setExcerpt(String v) { excerpt = v; }
        public String getArchivedUrl() { return archivedUrl; }
        public void setArchivedUrl(String v) { archivedUrl = v; }
    }

    /** Per form, not static: the field names are shown to the user, in the UI's language. */
    private final ThreeWayMerge<Draft> merge = new ThreeWayMerge<>(
            ThreeWayMerge.Field.text(Texts.t("evidence.SourceForm.link"), Draft::getUrl, Draft::setUrl),
            ThreeWayMerge.Field.text(Texts.t("evidence.SourceForm.title"), Draft::getTitle, Draft::setTitle),
            ThreeWayMerge.Field.text(Texts.t("evidence.SourceForm.publisher"), Draft::getPublisher, Draft::setPublisher),
            ThreeWayMerge.Field.text(Texts.t("evidence.SourceForm.author"), Draft::getAuthor, Draft::setAuthor),
            ThreeWayMerge.Field.of(Texts.t("evidence.SourceForm.published"), Draft::getPublishedAt, Draft::setPublishedAt),
            ThreeWayMerge.Field.of(Texts.t("evidence.SourceForm.accessed"), Draft::getAccessedAt, Draft::setAccessedAt),
            ThreeWayMerge.Field.of(Texts.t("evidence.SourceForm.stance"), Draft::getStance, Draft::setStance),
            ThreeWayMerge.Field.text(Texts.t("evidence.SourceForm.field-excerpt"), Draft::getExcerpt, Draft::setExcerpt),
            ThreeWayMerge.Field.text(Texts.t("evidence.SourceForm.field-archived-copy"), Draft::getArchivedUrl,
                    Draft::setArchivedUrl));

    final TextField url = new TextField(Texts.t("evidence.SourceForm.link"));
    final TextField title = new TextField(Texts.t("evidence.SourceForm.title"));
    final TextField publisher = new TextField(Texts.t("evidence.SourceForm.publisher"));
    final TextField author = new TextField(Texts.t("evidence.SourceForm.author"));
    final DatePicker publishedAt = new DatePicker(Texts.t("evidence.SourceForm.published"));
    final DatePicker accessedAt = new DatePicker(Texts.t("evidence.SourceForm.accessed"));
    final Select<Stance> stance = new Select<>();
    final TextArea excerpt = new TextArea(Texts.t("evidence.SourceForm.excerpt-the-passage-that-matters"));
    final TextField archivedUrl = new TextField(Texts.t("evidence.SourceForm.archived-copy-optional"));
    final FormMessage problem = new FormMessage("source-problem");
    final ConflictChoices<Draft> conflicts = new ConflictChoices<>("source-conflicts");
    final Button reload = new Button(Texts.t("evidence.SourceForm.reload-their-version-keep-my-input"));
    final Button save = new Button(Texts.t("evidence.SourceForm.save-source"));
    final Button cancel = new Button(Texts.t("evidence.SourceForm.cancel"));
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final DraftMerge<Draft> drafts = new DraftMerge<>(merge, binder, conflicts, problem,
            Texts.t("evidence.SourceForm.save"));
    private long version = -1;

    public SourceForm() {
        setPadding(false);
        url.setId("source-url");
        url.setMaxLength(WebLinks.MAX_URL);
        url.setRequiredIndicatorVisible(true);
        title.setId("source-title");
        title.setMaxLength(EvidenceLimits.MAX_TITLE);
        publisher.setId("source-publisher");
        publisher.setMaxLength(EvidenceLimits.MAX_PUBLISHER);
        author.setMaxLength(EvidenceLimits.MAX_AUTHOR);
        stance.setId("source-stance");
        stance.setLabel(Texts.t("evidence.SourceForm.stance"));
        stance.setItems(Stance.values());
        excerpt.setId("source-excerpt");
        excerpt.setMaxLength(EvidenceLimits.MAX_EXCERPT);
        archivedUrl.setMaxLength(WebLinks.MAX_URL);

        binder.forField(url).asRequired(Texts.t("evidence.SourceForm.a-source-needs-a-link")).withValidator(SourceForm::webLink)
                .bind(Draft::getUrl, Draft::setUrl);
        binder.forField(title).bind(Draft::getTitle, Draft::setTitle);
        binder.forField(publisher).bind(Draft::getPublisher, Draft::setPublisher);
        binder.forField(author).bind(Draft::getAuthor, Draft::setAuthor);
        binder.forField(publishedAt).bind(Draft::getPublishedAt, Draft::setPublishedAt);
        binder.forField(accessedAt).bind(Draft::getAccessedAt, Draft::setAccessedAt);
        binder.forField(stance).asRequired(Texts.t("evidence.SourceForm.choose-the-stance")).bind(Draft::getStance, Draft::setStance);
        binder.forField(excerpt).bind(Draft::getExcerpt, Draft::setExcerpt);
        binder.forField(archivedUrl).withValidator(SourceForm::webLink).bind(Draft::getArchivedUrl, Draft::setArchivedUrl);
        drafts.start(new Draft(), new Draft());

        save.setId("source-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (drafts.readyToSave() && binder.validate().isOk()) {
                Draft d = binder.getBean();
                fireEvent(new SaveEvent(this, version, new SourceInput(d.getUrl(), d.getTitle(), d.getPublisher(),
                        d.getAuthor(), d.getPublishedAt(), d.getAccessedAt(), d.getStance(), d.getExcerpt(),
                        d.getArchivedUrl())));
            }
        });
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        reload.setId("source-reload");
        reload.setVisible(false);
        reload.addClickListener(e -> fireEvent(new ReloadEvent(this)));
        FormLayout fields = new FormLayout(url, title, publisher, author, publishedAt, accessedAt, stance, archivedUrl, excerpt);
        fields.setColspan(url, 2);
        fields.setColspan(excerpt, 2);
        add(problem, reload, conflicts, fields, new HorizontalLayout(save, cancel));
    }

    /** Fills the form with a source to edit. */
    public void edit(SourceDetails s) {
        drafts.start(Draft.of(s), Draft.of(s));
        version = s.version();
    }

    /** The version of the source being edited, or -1 for a new source. */
    public long version() {
        return version;
    }

    public void showProblem(String message) {
        problem.error(message);
    }

    /** Shows that someone saved the source first; the user may reload it and apply their input again. */
    public void showConflict(String message) {
        problem.error(message);
        reload.setVisible(version >= 0);
    }

    /** Moves the input onto the source as stored now, with the same three-way merge as the other forms. */
    public void rebase(SourceDetails latest) {
        version = latest.version();
        reload.setVisible(false);
        drafts.rebase(Draft.of(latest), true);
    }

    private static ValidationResult webLink(String value, com.vaadin.flow.data.binder.ValueContext ctx) {
        if (value == null || value.isBlank()) {
            return ValidationResult.ok();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://")
                ? ValidationResult.ok() : ValidationResult.error(Texts.t("evidence.SourceForm.only-http-links"));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> l) {
        return addListener(SaveEvent.class, l);
    }

    public Registration addReloadListener(ComponentEventListener<ReloadEvent> l) {
        return addListener(ReloadEvent.class, l);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> l) {
        return addListener(CancelEvent.class, l);
    }

    public static class SaveEvent extends ComponentEvent<SourceForm> {
        private final long version;
        private final SourceInput input;

        SaveEvent(SourceForm source, long version, SourceInput input) {
            super(source, false);
            this.version = version;
            this.input = input;
        }

        /** The edited source's version, or -1 for a new source. */
        public long version() { return version; }
        public SourceInput input() { return input; }
    }

    /** The user wants the stored source under their input. */
    public static class ReloadEvent extends ComponentEvent<SourceForm> {
        ReloadEvent(SourceForm source) {
            super(source, false);
        }
    }

    public static class CancelEvent extends ComponentEvent<SourceForm> {
        CancelEvent(SourceForm source) {
            super(source, false);
        }
    }
}
