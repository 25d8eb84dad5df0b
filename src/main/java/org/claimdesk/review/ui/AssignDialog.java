package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.review.BulkResult;
import org.claimdesk.review.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigns many claims (a selection, or a whole article) to one person with a due date and a priority. The
 * assignee is picked from the team members offered, or typed: claims of several teams may be selected, and each
 * claim's result says when the person is not in that claim's team.
 */
class AssignDialog extends BulkActionDialog {

    /** Assigns the claims; the caller knows which. */
    interface Assign {
        List<BulkResult> assign(String assignee, LocalDate dueDate, Priority priority);
    }

    final ComboBox<String> assignee = new ComboBox<>(Texts.t("review.AssignDialog.assign-to"));
    final DatePicker due = new DatePicker(Texts.t("review.AssignDialog.due-date"));
    final Select<Priority> priority = new Select<>();
    private final Assign assign;

    AssignDialog(String title, List<String> members, Assign assign, Runnable changed) {
        super(title, Texts.t("review.AssignDialog.assign"), changed);
        this.assign = assign;
        setId("bulk-assign-dialog");
        List<String> names = new ArrayList<>(members);
        assignee.setId("bulk-assignee");
        assignee.setItems(names);
        assignee.setAllowCustomValue(true);
        assignee.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!typed.isEmpty() && !names.contains(typed)) {
                names.add(typed);
                assignee.setItems(names);
            }
            assignee.setValue(typed.isEmpty() ? null : typed);
        });
        assignee.setRequiredIndicatorVisible(true);
        due.setId("bulk-due");
        due.setMin(LocalDate.now());
        due.setClearButtonVisible(true);
        priority.setId("bulk-priority");
        priority.setLabel(Texts.t("review.AssignDialog.priority"));
        priority.setItems(Priority.values());
        priority.setValue(Priority.NORMAL);
        form(assignee, due, priority);
    }

    @Override
    List<BulkResult> act() {
        return assign.assign(assignee.getValue(), due.getValue(), priority.getValue());
    }
}
