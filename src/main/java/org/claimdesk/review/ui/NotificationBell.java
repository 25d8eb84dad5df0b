package org.claimdesk.review.ui;

import org.claimdesk.shared.ui.Texts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.claimdesk.review.NotificationService;

/**
 * The bell in the top bar: the signed-in user's unread notifications, counted live (a new one arrives by push),
 * linking to the notifications page.
 */
public class NotificationBell extends Anchor {

    final Span count = new Span();
    private final NotificationService notifications;
    private final Broadcaster broadcaster;
    private final String me;
    private Broadcaster.Subscription live;

    public NotificationBell(NotificationService notifications, Broadcaster broadcaster, String me) {
        super("notifications", "");
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.me = me;
        setId("notification-bell");
        addClassName("notification-bell");
        count.setId("notification-count");
        count.addClassName("badge");
        add(VaadinIcon.BELL_O.create(), count);
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String unreadText = Texts.t("review.NotificationBell.unread", unread);
        getElement().setAttribute("aria-label", unreadText);
        getElement().setAttribute("title", unread == 0 ? Texts.t("review.NotificationBell.no-new-notifications") : unreadText);

    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        live = broadcaster.join(LiveEvent.user(me), me, e -> attachEvent.getUI().access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.close();
            live = null;
        }
    }
}
