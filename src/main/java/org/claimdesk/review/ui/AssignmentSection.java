package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimPageSection;
import org.claimdesk.review.AssignmentDetails;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.Priority;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.claimdesk.shared.ui.FormMessage;
import org.claimdesk.shared.ui.KeyboardShortcuts;
import org.claimdesk.shared.ui.Texts;

/**
 * Who checks this claim by when, at the top of the claim page: "Take it", "Next in my queue", and for editors
 * the assignment itself (a team member, a due date, a priority).
 */
class AssignmentSection extends VerticalLayout implements ClaimPageSection {

    final Span current = new Span();
    final Button take = new Button(Texts.t("review.AssignmentSection.take-it"));
    final Button next = new Button(Texts.t("review.AssignmentSection.next-in-my-queue"));
    final TextField assignee = new TextField();
    final DatePicker due = new DatePicker();
    final Select<Priority> priority = new Select<>();
    final Button assign = new Button(Texts.t("review.AssignmentSection.assign"));
    final FormMessage problem = new FormMessage("assignment-problem");
    private final AssignmentService assignments;
    private ClaimDetails claim;

    AssignmentSection(AssignmentService assignments, boolean editor, ClaimDetails claim, Runnable reload) {
        this.assignments = assignments;
        this.claim = claim;
        setPadding(false);
        setId("assignment");
        current.setId("assignment-current");
        take.setId("assignment-take");
        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
        take.addClickListener(e -> act(() -> assignments.take(this.claim.id()), reload));
        next.setId("queue-next");
        next.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(e -> next());
        // the reviewer's walk through the queue from the keyboard (? lists them)
        KeyboardShortcuts.register(this, "j", Texts.t("review.AssignmentSection.key-next"), this::next);
        KeyboardShortcuts.register(this, "k", Texts.t("review.AssignmentSection.key-previous"), this::previous);
        KeyboardShortcuts.register(this, "q", Texts.t("review.AssignmentSection.key-queue"),
                () -> getUI().ifPresent(ui -> ui.navigate("queue")));
        assignee.setId("assignment-assignee");
        assignee.setPlaceholder(Texts.t("review.AssignmentSection.team-member-s-user-name"));
        assignee.setMaxLength(60);
        due.setId("assignment-due");
        due.setPlaceholder(Texts.t("review.AssignmentSection.due-date"));
        priority.setId("assignment-priority");
        priority.setItems(Priority.values());
        priority.setValue(Priority.NORMAL);
        assign.setId("assignment-save");
        assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> act(() -> assignments.assign(this.claim.id(), assignee.getValue(), due.getValue(),
                priority.getValue()), reload));
        HorizontalLayout actions = new HorizontalLayout(current, take, next);
        actions.setAlignItems(Alignment.BASELINE);
        HorizontalLayout form = new HorizontalLayout(assignee, due, priority, assign);
        form.setAlignItems(Alignment.BASELINE);
        form.setVisible(editor);
        add(actions, form, problem);
        refresh(claim);
    }

    void next() {
        assignments.nextInMyQueue(claim.id()).ifPresentOrElse(id -> getUI().ifPresent(ui -> ui.navigate("claims/" + id)),
                () -> problem.info(Texts.t("review.AssignmentSection.nothing-after")));
    }

    void previous() {
        assignments.previousInMyQueue(claim.id()).ifPresentOrElse(id -> getUI().ifPresent(ui -> ui.navigate("claims/" + id)),
                () -> problem.info(Texts.t("review.AssignmentSection.nothing-before")));
    }

    private void act(Runnable action, Runnable reload) {
        try {
            action.run();
            problem.clear();
            reload.run();
        } catch (InputRejectedException | NotFoundException refused) {
            problem.error(refused.getMessage());
        }
    }

    @Override
    public void refresh(ClaimDetails latest) {
        claim = latest;
        AssignmentDetails a = assignments.of(latest.id()).orElse(null);
        current.setText(a == null ? Texts.t("review.AssignmentSection.not-assigned")
                : a.dueDate() == null ? Texts.t("review.AssignmentSection.assigned-to", a.assignee(), a.priority().name())
                : Texts.t("review.AssignmentSection.assigned-to-due", a.assignee(), a.dueDate().toString(),
                        a.priority().name()));
    }
}
