package org.claimdesk.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * A screen opened for a record that does not exist or lies outside the user's teams: the router's "not found",
 * carrying the plain sentence the not-found page shows (the same for both cases, so a record of another team is
 * not revealed). Views reroute with {@link #show}.
 */
public class RecordNotFound extends NotFoundException {

    public RecordNotFound(String message) {
        super(message);
    }

    /** Shows the in-layout not-found page with this sentence, with a 404, instead of the view. */
    public static void show(BeforeEnterEvent event, String message) {
        event.rerouteToError(new RecordNotFound(message), message);
    }
}
