package org.claimdesk.article.ui;

import jakarta.annotation.PreDestroy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs article imports off the UI thread (a thread each), as the user who started them. An import of a
 * long text takes seconds (extraction, links to other claims); done inside the request, it holds the Vaadin
 * session lock, so the dialog could show no progress and every click queued another try.
 */
@Component
class ImportJobs {

    static final String THREAD_PREFIX = "claimdesk-import-";

    /** Named platform threads: imports are few, and a thread dump (or a test) tells an import's thread by name. */
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name(THREAD_PREFIX, 0).daemon(true).factory());

    /** Runs {@code work} in the background with the caller's security context (captured now, on the UI thread). */
    <T> CompletableFuture<T> start(Supplier<T> work) {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(copy);
            try {
                return work.get();
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
