package org.claimdesk.priorcheck.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.claimdesk.priorcheck.ImportResult;
import org.claimdesk.priorcheck.PriorCheckLimits;
import org.claimdesk.priorcheck.PriorCheckService;
import org.claimdesk.security.TeamSummary;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.ui.FormMessage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Paste or upload ClaimReview JSON-LD (or a fact check's saved HTML page) and import it. A refusal is shown in
 * the dialog with the input kept, and nothing is stored; after an import the dialog says what was stored and
 * skipped and stays open for the next one.
 */
class ImportPriorChecksDialog extends Dialog {

    final TextArea input = new TextArea(Texts.t("priorcheck.ImportPriorChecksDialog.claimreview-json-ld-or-the-fact"));
    final Select<TeamSummary> team = new Select<>();
    final Upload upload;
    final FormMessage message = new FormMessage("prior-import-message");
    final Button importButton = new Button(Texts.t("priorcheck.ImportPriorChecksDialog.import"));
    final Button closeButton = new Button(Texts.t("priorcheck.ImportPriorChecksDialog.close"));
    private final PriorCheckService priorChecks;

    ImportPriorChecksDialog(PriorCheckService priorChecks, List<TeamSummary> teams, Consumer<ImportResult> imported) {
        this.priorChecks = priorChecks;
        setHeaderTitle(Texts.t("priorcheck.ImportPriorChecksDialog.import-prior-checks"));
        setWidth("min(52rem, 96vw)");
        setCloseOnOutsideClick(false);
        input.setId("prior-import-input");
        input.setWidthFull();
        input.setHeight("16rem");
        input.setMaxLength(PriorCheckLimits.MAX_INPUT);
        input.setPlaceholder(Texts.t("priorcheck.ImportPriorChecksDialog.context-https-schema-org-type-claimreview"));
        team.setId("prior-import-team");
        team.setLabel(Texts.t("priorcheck.ImportPriorChecksDialog.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setVisible(teams.size() > 1);
        if (teams.size() == 1) {
            team.setValue(teams.getFirst());
        }
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> fileUploaded(bytes));
            } else {
                fileUploaded(bytes);
            }
        }));
        upload.setId("prior-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PriorCheckLimits.MAX_INPUT);
        upload.setAcceptedFileTypes(".json", ".jsonld", ".html", ".htm", "application/json", "application/ld+json",
                "text/html");
        upload.addFileRejectedListener(e -> message.error(e.getErrorMessage()));
        importButton.setId("prior-import-submit");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> submit(imported));
        closeButton.addClickListener(e -> close());
        add(message, team, input, upload);
        getFooter().add(closeButton, importButton);
    }

    void fileUploaded(byte[] bytes) {
        input.setValue(new String(bytes, StandardCharsets.UTF_8));
        message.clear();
        upload.clearFileList();
    }

    private void submit(Consumer<ImportResult> imported) {
        try {
            ImportResult result = priorChecks.importChecks(input.getValue(),
                    team.getValue() == null ? null : team.getValue().id());
            message.info(summary(result));
            input.clear();
            imported.accept(result);
        } catch (InputRejectedException refused) {
            message.error(refused.getMessage()); // the input stays, to be corrected
        }
    }

    static String summary(ImportResult r) {
        String text = Texts.t("priorcheck.ImportPriorChecksDialog.imported", r.imported().size());
        if (!r.skippedDuplicates().isEmpty()) {
            text += "; " + Texts.t("priorcheck.ImportPriorChecksDialog.skipped-imported-before",
                    r.skippedDuplicates().size(), String.join(", ", r.skippedDuplicates()));
        }
        if (r.suggestedLinks() > 0) {
            text += "; " + Texts.t("priorcheck.ImportPriorChecksDialog.matching-claims-suggested", r.suggestedLinks());
        }
        return text + ".";
    }
}
