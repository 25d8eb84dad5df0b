package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.BulkResult;

import java.time.LocalDate;
import java.util.List;

/** Sets (or, left empty, clears) the due date of the selected claims' assignments. */
class DueDateDialog extends BulkActionDialog {

    final DatePicker due = new DatePicker(Texts.t("review.DueDateDialog.due-date-empty-none"));
    private final AssignmentService assignments;
    private final List<Long> claimIds;

    DueDateDialog(AssignmentService assignments, List<Long> claimIds, Runnable changed) {
        super(Texts.t("review.DueDateDialog.title", claimIds.size()), Texts.t("review.DueDateDialog.set-due-date"), changed);
        this.assignments = assignments;
        this.claimIds = claimIds;
        setId("bulk-due-dialog");
        due.setId("bulk-due");
        due.setMin(LocalDate.now());
        due.setClearButtonVisible(true);
        form(due);
    }

    @Override
    List<BulkResult> act() {
        return assignments.setDueDateAll(claimIds, due.getValue());
    }
}
