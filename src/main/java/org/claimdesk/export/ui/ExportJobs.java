package org.claimdesk.export.ui;

import jakarta.annotation.PreDestroy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the UI's exports in the background (a virtual thread each), as the user who started them: the request
 * thread and its Vaadin session lock are free at once, and the view follows the export through UI.access.
 */
@Component
class ExportJobs {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** Runs {@code work} with the caller's security context (captured now, on the UI thread). */
    CompletableFuture<Void> start(Runnable work) {
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(caller.getAuthentication());
        return CompletableFuture.runAsync(() -> {
            SecurityContextHolder.setContext(copy);
            try {
                work.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
