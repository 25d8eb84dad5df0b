package org.claimdesk.article.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.article.ArticleFileReader;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleLimits;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.shared.InputRejectedException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Paste or upload an article with its title, link, publisher and date. The dialog validates what it can and
 * raises an {@link ImportEvent}; the view that opened it does the import in the background ({@link #importing},
 * which shows progress and keeps Import disabled until it ends) and reports back through {@link #showRejection},
 * {@link #showAlreadyImported} or {@link #showError}.
 */
public class ImportArticleDialog extends Dialog {

    final TextField title = new TextField(Texts.t("article.ImportArticleDialog.title"));
    final TextField url = new TextField(Texts.t("article.ImportArticleDialog.link-http-or-https"));
    final TextField publisher = new TextField(Texts.t("article.ImportArticleDialog.publisher"));
    final DatePicker publishedAt = new DatePicker(Texts.t("article.ImportArticleDialog.published-on"));
    final TextArea text = new TextArea(Texts.t("article.ImportArticleDialog.article-text"));
    /** The team the article goes to: the importer's teams (admins: all); preset when there is only one. */
    final Select<TeamSummary> team = new Select<>();
    final Upload upload;
    final FormMessage error = new FormMessage("import-error");
    /** Shown with the "already imported" message: the article that has the text. */
    final Anchor existingLink = new Anchor();
    final Button importButton = new Button(Texts.t("article.ImportArticleDialog.import"));
    /** Shown while the import runs: how long extraction takes cannot be told, so the bar is indeterminate. */
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span(Texts.t("article.ImportArticleDialog.importing"));
    final Div working = new Div(progressText, progress);
    /** The import running in the background, null when none runs. */
    volatile CompletableFuture<?> running;
    final Button cancelButton = new Button(Texts.t("article.ImportArticleDialog.cancel"));

    private final Binder<ImportForm> binder = new Binder<>(ImportForm.class);

    /** @param teams the teams the importer may import into */
    public ImportArticleDialog(List<TeamSummary> teams) {
        setHeaderTitle(Texts.t("article.ImportArticleDialog.import-article"));
        setWidth("min(52rem, 96vw)");
        setCloseOnOutsideClick(false);

        title.setId("import-title");
        title.setMaxLength(ArticleLimits.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        url.setId("import-url");
        url.setMaxLength(ArticleLimits.MAX_URL);
        url.setPlaceholder("https://example.org/news/story");
        publisher.setId("import-publisher");
        publisher.setMaxLength(ArticleLimits.MAX_PUBLISHER);
        publishedAt.setId("import-date");
        publishedAt.setMin(ArticleLimits.EARLIEST_PUBLICATION);
        publishedAt.setMax(LocalDate.now().plusDays(1));
        publishedAt.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(ArticleLimits.TOO_EARLY_PUBLICATION)
                .setMaxErrorMessage(ArticleLimits.FUTURE_PUBLICATION));
        team.setId("import-team");
        team.setLabel(Texts.t("article.ImportArticleDialog.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setEmptySelectionAllowed(false);
        team.setPlaceholder(Texts.t("article.ImportArticleDialog.choose-the-team-that-works-on"));
        text.setId("import-text");
        text.setRequiredIndicatorVisible(true);
        text.setPlaceholder(Texts.t("article.ImportArticleDialog.paste-the-article-here-or-upload"));
        text.setHeight("16rem");

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> fileUploaded(meta.fileName(), bytes));
            } else {
                fileUploaded(meta.fileName(), bytes);
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleLimits.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        existingLink.setId("import-existing-link");
        existingLink.setVisible(false);

        binder.forField(title)
                .asRequired(Texts.t("article.ImportArticleDialog.give-the-article-a-title"))
                .withValidator(t -> t.strip().length() <= ArticleLimits.MAX_TITLE,
                        Texts.t("article.ImportArticleDialog.title-at-most", ArticleLimits.MAX_TITLE))
                .bind(ImportForm::getTitle, ImportForm::setTitle);
        binder.forField(url)
                .withValidator(ImportArticleDialog::validUrl)
                .bind(ImportForm::getUrl, ImportForm::setUrl);
        binder.forField(publisher)
                .bind(ImportForm::getPublisher, ImportForm::setPublisher);
        binder.forField(publishedAt)
                .withValidator(d -> d == null || !d.isBefore(ArticleLimits.EARLIEST_PUBLICATION),
                        ArticleLimits.TOO_EARLY_PUBLICATION)
                .withValidator(d -> d == null || !d.isAfter(LocalDate.now().plusDays(1)),
                        ArticleLimits.FUTURE_PUBLICATION)
                .bind(ImportForm::getPublishedAt, ImportForm::setPublishedAt);
        binder.forField(team)
                .bind(ImportForm::getTeam, ImportForm::setTeam);
        binder.forField(text)
                .asRequired(Texts.t("article.ImportArticleDialog.paste-the-article-text-or-upload"))
                .withValidator(t -> t.getBytes(StandardCharsets.UTF_8).length <= ArticleLimits.MAX_TEXT_BYTES,
                        Texts.t("article.ImportArticleDialog.text-over-the-limit"))
                .bind(ImportForm::getText, ImportForm::setText);
        ImportForm bean = new ImportForm();
        if (teams.size() == 1) {
            bean.setTeam(teams.getFirst());
        }
        binder.setBean(bean);

        FormLayout form = new FormLayout(title, url, publisher, publishedAt, team, text, upload);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        form.setColspan(upload, 2);
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", Texts.t("article.ImportArticleDialog.importing-label"));
        progressText.setId("import-progress-text");
        working.setId("import-working");
        working.getElement().setAttribute("role", "status");
        working.setVisible(false);
        add(error, existingLink, working, form);

        importButton.setId("import-submit");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // disabled in the browser at the click, so a second click cannot start a second import meanwhile
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> submit());
        cancelButton.addClickListener(e -> {
            fireEvent(new CancelEvent(this));
            close();
        });
        getFooter().add(cancelButton, importButton);
    }

    private void submit() {
        if (running != null) {
            return; // one import at a time
        }
        error.clear();
        existingLink.setVisible(false);
        if (binder.validate().isOk()) {
            ImportForm f = binder.getBean();
            fireEvent(new ImportEvent(this, new ArticleImport(f.getTitle(), blankToNull(f.getUrl()),
                    blankToNull(f.getPublisher()), f.getPublishedAt(), f.getText(),
                    f.getTeam() == null ? null : f.getTeam().id())));
        } else {
            showError(Texts.t("article.ImportArticleDialog.please-correct-the-marked-fields"));
        }
        if (running == null) {
            importButton.setEnabled(true); // nothing started: Import may be clicked again
        }
    }

    /** The import runs in the background: Import stays disabled and the dialog says so until {@link #importEnded}. */
    public void importing(CompletableFuture<?> job) {
        running = job;
        importButton.setEnabled(false);
        cancelButton.setEnabled(false);
        working.setVisible(true);
    }

    /** The import ended (imported, refused or failed): Import can be clicked again. */
    public void importEnded() {
        running = null;
        working.setVisible(false);
        importButton.setEnabled(true);
        cancelButton.setEnabled(true);
    }

    void fileUploaded(String fileName, byte[] bytes) {
        try {
            ArticleFileReader.ArticleFile file = ArticleFileReader.read(fileName, bytes);
            text.setValue(file.text());
            if (title.isEmpty() && file.suggestedTitle() != null) {
                title.setValue(truncate(file.suggestedTitle(), ArticleLimits.MAX_TITLE));
            }
            error.clear();
        } catch (InputRejectedException e) {
            showError(e.getMessage());
        }
        upload.clearFileList();
    }

    /** Shows why the service refused the import and marks the field at fault; the input stays as typed. */
    public void showRejection(InputRejectedException e) {
        showError(e.getMessage());
        if (e.field() != null) {
            switch (e.field()) {
                case "title" -> mark(title, e.getMessage());
                case "url" -> mark(url, e.getMessage());
                case "publisher" -> mark(publisher, e.getMessage());
                case "publishedAt" -> mark(publishedAt, e.getMessage());
                case "text" -> mark(text, e.getMessage());
                case "teamId" -> mark(team, e.getMessage());
                default -> { }
            }
        }
    }

    public void showError(String message) {
        error.error(message);
        existingLink.setVisible(false);
    }

    /**
     * The text is stored already (perhaps a moment ago, by someone else): says so and links to that article.
     *
     * @param existingTitle the existing article's title, or null when it could not be read
     */
    public void showAlreadyImported(String message, long existingId, String existingTitle) {
        // the one message and the one link are set anew each time, never added to: clicking Import again on the
        // same text shows them once
        showError(existingTitle == null ? message
                : Texts.t("article.ImportArticleDialog.already-imported-as", existingTitle));
        existingLink.setHref("articles/" + existingId);
        existingLink.setText(existingTitle == null ? Texts.t("article.ImportArticleDialog.open-the-existing-article")
                : Texts.t("article.ImportArticleDialog.open-existing-titled", existingTitle));
        existingLink.setVisible(true);
    }

    private static void mark(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static ValidationResult validUrl(String value, com.vaadin.flow.data.binder.ValueContext ctx) {
        if (value == null || value.isBlank()) {
            return ValidationResult.ok();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!(v.startsWith("http://") || v.startsWith("https://")) || v.length() <= "https://".length()) {
            return ValidationResult.error(Texts.t("article.ImportArticleDialog.only-http-links"));
        }
        return ValidationResult.ok();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user asked to import what the dialog holds. */
    public static class ImportEvent extends ComponentEvent<ImportArticleDialog> {
        private final ArticleImport article;

        ImportEvent(ImportArticleDialog source, ArticleImport article) {
            super(source, false);
            this.article = article;
        }

        public ArticleImport article() {
            return article;
        }
    }

    /** The user closed the dialog without importing. */
    public static class CancelEvent extends ComponentEvent<ImportArticleDialog> {
        CancelEvent(ImportArticleDialog source) {
            super(source, false);
        }
    }
}
