package org.claimdesk.article.ui;

import com.vaadin.flow.server.VaadinSession;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog imports in the background: waits for it and runs the UI updates it queued. */
final class ImportRuns {

    private ImportRuns() {
    }

    static void finish(ImportArticleDialog dialog) {
        CompletableFuture<?> running = dialog.running;
        if (running != null) {
            try {
                running.handle((result, failure) -> null).get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the import did not end", e);
            }
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat(dialog.running).as("import still marked as running").isNull();
    }
}
