package org.claimdesk.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.QueueItem;
import org.claimdesk.security.Role;

/** The claims assigned to me, by due date then priority, overdue ones marked; a row opens its claim. */
@Route("queue")
@PageTitle("My queue | ClaimDesk")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class MyQueueView extends VerticalLayout {

    final Grid<QueueItem> grid = new Grid<>(QueueItem.class, false);

    public MyQueueView(AssignmentService assignments) {
        setSizeFull();
        grid.setId("my-queue");
        grid.addComponentColumn(i -> {
            Span due = new Span(i.dueDate() == null ? "no date" : i.dueDate().toString());
            if (i.overdue()) {
                due.setText(i.dueDate() + " · overdue");
                due.addClassName("overdue");
            }
            return due;
        }).setHeader("Due").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(QueueItem::priority).setHeader("Priority").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(i -> i.claimant() + ": " + i.text()).setHeader("Claim").setFlexGrow(1);
        grid.addColumn(QueueItem::articleTitle).setHeader("Article").setFlexGrow(0).setWidth("14rem");
        grid.addColumn(i -> i.status().name().replace('_', ' ')).setHeader("Status").setWidth("10rem").setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().claimId())));
        grid.setItems(assignments.myQueue());
        add(new H2("My queue"), grid);
        expand(grid);
    }
}
