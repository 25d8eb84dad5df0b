package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.BulkResult;
import org.claimdesk.review.Priority;

import java.util.List;

/** Sets the priority of the selected claims' assignments; unassigned claims are refused, each with its reason. */
class PriorityDialog extends BulkActionDialog {

    final Select<Priority> priority = new Select<>();
    private final AssignmentService assignments;
    private final List<Long> claimIds;

    PriorityDialog(AssignmentService assignments, List<Long> claimIds, Runnable changed) {
        super(Texts.t("review.PriorityDialog.title", claimIds.size()), Texts.t("review.PriorityDialog.set-priority"), changed);
        this.assignments = assignments;
        this.claimIds = claimIds;
        setId("bulk-priority-dialog");
        priority.setId("bulk-priority");
        priority.setLabel(Texts.t("review.PriorityDialog.priority"));
        priority.setItems(Priority.values());
        priority.setValue(Priority.HIGH);
        form(priority);
    }

    @Override
    List<BulkResult> act() {
        return assignments.setPriorityAll(claimIds, priority.getValue());
    }
}
