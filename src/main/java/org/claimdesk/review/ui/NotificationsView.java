package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.review.NotificationDetails;
import org.claimdesk.review.NotificationService;
import org.claimdesk.security.Role;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The signed-in user's notifications, newest first; opening one marks it read and goes to its claim. */
@Route("notifications")
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Div list = new Div();
    final Button markAll = new Button(Texts.t("review.NotificationsView.mark-all-read"));
    private final NotificationService notifications;

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        list.setId("notifications");
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        add(new H2(Texts.t("review.NotificationsView.notifications")), markAll, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var items = notifications.mine();
        if (items.isEmpty()) {
            list.add(new Paragraph(Texts.t("review.NotificationsView.nothing-yet")));
        }
        for (NotificationDetails n : items) {
            Div row = new Div();
            row.addClassName("notification");
            row.addClassName(n.read() ? "read" : "unread");
            Span when = new Span(WHEN.format(n.at()) + " · ");
            Anchor open = new Anchor(n.claimId() == null ? "notifications" : "claims/" + n.claimId(), n.text());
            open.setId("notification-" + n.id());
            // reading happens on the server when the link is followed, so the count is right on the next page
            open.getElement().addEventListener("click", e -> notifications.markRead(n.id()));
            row.add(when, open);
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("review.NotificationsView.page-title");
    }
}
