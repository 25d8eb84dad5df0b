package org.claimdesk.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.claimdesk.shared.DatabaseOutage;
import org.claimdesk.shared.ui.Notices;
import org.claimdesk.shared.InputRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The global error handler of the UI: an error no view handled shows a friendly notification instead of a
 * stack trace, and is logged once here (rejected input and denied access are expected, so not as errors). An
 * unreachable database says so, and that nothing was saved, so the user tries again instead of reporting a bug.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String message = messageFor(error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notices.error(message));
            }
        }));
    }

    /** What the user is told about an error no view handled; unexpected ones are logged here. */
    static String messageFor(Throwable error) {
        Throwable cause = rootCause(error);
        if (cause instanceof InputRejectedException rejected) {
            return rejected.getMessage();
        }
        if (cause instanceof AccessDeniedException) {
            return "Your role does not allow this.";
        }
        if (DatabaseOutage.isOutage(error)) {
            log.warn("Database unavailable: {}", error.toString());
            return DatabaseOutage.MESSAGE;
        }
        log.error("Unexpected error in the UI", error);
        return "Something went wrong; it has been logged. Please try again.";
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof InputRejectedException)
                && !(c instanceof AccessDeniedException)) {
            c = c.getCause();
        }
        return c;
    }
}
