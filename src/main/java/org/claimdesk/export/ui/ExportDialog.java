package org.claimdesk.export.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.claimdesk.export.ExportCancelledException;
import org.claimdesk.export.ExportFilter;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportProgress;
import org.claimdesk.export.ExportResult;
import org.claimdesk.export.ExportService;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Exports claims in the background into a temporary file, with a progress bar and a Cancel button, and offers
 * the file as a download when done. The file is deleted when the dialog closes.
 */
public class ExportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ExportDialog.class);

    final Select<ExportFormat> format = new Select<>();
    final Checkbox allStatuses = new Checkbox(Texts.t("export.ExportDialog.include-claims-that-are-not-verified"));
    final Button start = new Button(Texts.t("export.ExportDialog.export"));
    final Button cancel = new Button(Texts.t("export.ExportDialog.cancel"));
    final ProgressBar progress = new ProgressBar();
    final Span state = new Span();
    final Anchor download = new Anchor();

    private final ExportService exports;
    private final ExportJobs jobs;
    private final ExportFilter filter;
    private volatile boolean cancelRequested;
    /** The running export (tests wait for it). */
    volatile CompletableFuture<Void> running;
    private Path file;

    /**
     * @param what             which claims, in words ("the claims the grid shows: any status")
     * @param offerAllStatuses whether the user may add the not-yet-verified claims (the article page)
     */
    ExportDialog(ExportService exports, ExportJobs jobs, ExportFilter filter, String what, boolean offerAllStatuses) {
        this.exports = exports;
        this.jobs = jobs;
        this.filter = filter;
        setId("export-dialog");
        setHeaderTitle(Texts.t("export.ExportDialog.export-claims"));

        format.setId("export-format");
        format.setLabel(Texts.t("export.ExportDialog.format"));
        format.setItems(Arrays.stream(ExportFormat.values()).filter(exports::available).toList());
        format.setItemLabelGenerator(ExportDialog::label);
        format.setValue(ExportFormat.CSV);

        allStatuses.setId("export-all-statuses");
        allStatuses.setVisible(offerAllStatuses);

        progress.setId("export-progress");
        progress.setVisible(false);
        state.setId("export-state");
        download.setId("export-download");
        download.setText(Texts.t("export.ExportDialog.download"));
        download.getElement().setAttribute("download", true);
        download.setVisible(false);

        start.setId("export-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        cancel.setId("export-cancel");
        cancel.addClickListener(e -> cancelOrClose());

        VerticalLayout body = new VerticalLayout(new Paragraph(Texts.t("export.ExportDialog.exports-what", what)), format, allStatuses, progress,
                state, download);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, start);
        setWidth("32rem");
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                cancelRequested = true;
                deleteFile();
            }
        });
    }

    private static String label(ExportFormat f) {
        return switch (f) {
            case CSV -> Texts.t("export.ExportDialog.format-csv");
            case JSON -> Texts.t("export.ExportDialog.format-json");
            case CLAIMREVIEW -> Texts.t("export.ExportDialog.format-claimreview");
            case MARKDOWN -> Texts.t("export.ExportDialog.format-markdown");
            case HTML -> Texts.t("export.ExportDialog.format-html");
        };
    }

    private void start() {
        ExportFormat chosen = format.getValue();
        ExportFilter f = allStatuses.isVisible() && allStatuses.getValue()
                ? filter.withStatuses(ExportFilter.ALL_STATUSES) : filter;
        long total;
        try {
            total = exports.check(f, chosen);
        } catch (InputRejectedException | NotFoundException e) {
            state.setText(e.getMessage());
            return;
        }
        deleteFile();
        try {
            file = Files.createTempFile("claimdesk-export-", "." + chosen.extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path target = file;
        String fileName = exports.fileName(f, chosen);
        UI ui = UI.getCurrent();
        cancelRequested = false;
        start.setEnabled(false);
        format.setEnabled(false);
        allStatuses.setEnabled(false);
        download.setVisible(false);
        progress.setVisible(true);
        progress.setIndeterminate(total == 0);
        progress.setValue(0);
        state.setText(Texts.t("export.ExportDialog.exporting", total));
        running = jobs.start(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                ExportResult result = exports.export(f, chosen, out, new ExportProgress() {
                    @Override
                    public void written(long rows, long estimate) {
                        access(ui, () -> {
                            progress.setIndeterminate(false);
                            progress.setValue(estimate == 0 ? 1 : Math.min(1.0, (double) rows / estimate));
                            state.setText(Texts.t("export.ExportDialog.written-of", rows, estimate));
                        });
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelRequested;
                    }
                });
                access(ui, () -> done(result, target, fileName));
            } catch (ExportCancelledException e) {
                access(ui, () -> ended(Texts.t("export.ExportDialog.cancelled-after", e.rows())));
            } catch (Exception e) {
                log.warn("An export failed", e);
                access(ui, () -> ended(Texts.t("export.ExportDialog.export-failed", e instanceof InputRejectedException
                        || e instanceof NotFoundException ? e.getMessage() : Texts.t("export.ExportDialog.please-try-again"))));
            }
        });
    }

    private void done(ExportResult result, Path target, String fileName) {
        progress.setIndeterminate(false);
        progress.setValue(1);
        state.setText(Texts.t("export.ExportDialog.claims-exported", result.rows()));
        download.setHref(DownloadHandler.forFile(target.toFile(), fileName));
        download.setText(Texts.t("export.ExportDialog.download-file", fileName));
        download.setVisible(true);
        start.setEnabled(true);
        format.setEnabled(true);
        allStatuses.setEnabled(true);
        cancel.setText(Texts.t("export.ExportDialog.close"));
        running = null;
    }

    private void ended(String message) {
        progress.setVisible(false);
        state.setText(message);
        start.setEnabled(true);
        format.setEnabled(true);
        allStatuses.setEnabled(true);
        cancel.setText(Texts.t("export.ExportDialog.close"));
        deleteFile();
        running = null;
    }

    private void cancelOrClose() {
        if (running != null && !running.isDone()) {
            cancelRequested = true;
            state.setText(Texts.t("export.ExportDialog.cancelling"));
        } else {
            close();
        }
    }

    /** Whether the export in the background is still running. */
    boolean isRunning() {
        CompletableFuture<Void> r = running;
        return r != null && !r.isDone();
    }

    private void deleteFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the export file {}", file, e);
            }
            file = null;
        }
    }

    private static void access(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException closed) {
            // the user left the page: nothing to show
        }
    }
}
