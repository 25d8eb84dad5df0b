package org.claimdesk.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way a screen tells the user how an action went, so the same kind of news always looks the same: green
 * for done, neutral for information, amber for a warning, red for a refusal. Done and information stay briefly at
 * the bottom; warnings and refusals stay longer at the top, where they are seen. The text is set as text.
 */
public final class Notices {

    static final int SHORT_MS = 3000;
    static final int LONG_MS = 7000;

    private Notices() {
    }

    /** An action was done: "Verdict approved". */
    public static Notification success(String text) {
        return show(text, SHORT_MS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    /** News that is no error: "Reloaded", "Someone else changed this claim". */
    public static Notification info(String text) {
        return show(text, SHORT_MS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_CONTRAST);
    }

    /** Something the user should look at, though nothing was refused. */
    public static Notification warning(String text) {
        return show(text, LONG_MS, Notification.Position.TOP_CENTER, NotificationVariant.LUMO_WARNING);
    }

    /** A refusal: the action was not done, and why. */
    public static Notification error(String text) {
        return show(text, LONG_MS, Notification.Position.TOP_CENTER, NotificationVariant.LUMO_ERROR);
    }

    private static Notification show(String text, int ms, Notification.Position position, NotificationVariant variant) {
        Notification n = Notification.show(text, ms, position);
        n.addThemeVariants(variant);
        n.addClassName("notice");
        return n;
    }
}
