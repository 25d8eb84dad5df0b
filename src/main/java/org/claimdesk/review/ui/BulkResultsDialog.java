package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.claimdesk.review.BulkResult;

import java.util.List;

/** What a bulk action did: each claim, done or refused, and why. Text only, never HTML. */
class BulkResultsDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final Grid<BulkResult> results = new Grid<>(BulkResult.class, false);

    BulkResultsDialog(String title, List<BulkResult> outcome) {
        setId("bulk-results");
        setHeaderTitle(title);
        setWidth("44rem");
        long done = outcome.stream().filter(BulkResult::done).count();
        summary.setId("bulk-results-summary");
        summary.setText(outcome.isEmpty() ? Texts.t("review.BulkResultsDialog.nothing-to-do")
                : Texts.t("review.BulkResultsDialog.done-refused", done, outcome.size() - done));
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        results.addColumn(r -> "#" + r.claimId()).setHeader(Texts.t("review.BulkResultsDialog.claim")).setFlexGrow(0).setWidth("7rem");
        results.addColumn(r -> Texts.t(r.done() ? "review.BulkResultsDialog.done" : "review.BulkResultsDialog.refused")).setHeader(Texts.t("review.BulkResultsDialog.result")).setFlexGrow(0).setWidth("7rem");
        results.addColumn(BulkResult::message).setHeader(Texts.t("review.BulkResultsDialog.what-happened")).setFlexGrow(1);
        results.setItems(outcome);
        results.setAllRowsVisible(true);
        results.setVisible(!outcome.isEmpty());
        add(summary, results);
        getFooter().add(new Button(Texts.t("review.BulkResultsDialog.close"), e -> close()));
    }
}
