package org.claimdesk.export;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Exports for /actuator/prometheus: how many ran, by format and outcome, and how many claims (rows) they wrote. */
@Component
class ExportMetrics {

    private final MeterRegistry registry;

    ExportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void finished(ExportFormat format, long rows, boolean completed) {
        String tag = format.name().toLowerCase(Locale.ROOT);
        Counter.builder("claimdesk.exports")
                .description("Exports run, by format and outcome (completed, or cancelled/failed)")
                .tag("format", tag)
                .tag("outcome", completed ? "completed" : "stopped")
                .register(registry).increment();
        Counter.builder("claimdesk.export.rows")
                .description("Claims written by exports, by format")
                .tag("format", tag)
                .register(registry).increment(rows);
    }
}
