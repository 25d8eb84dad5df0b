package org.claimdesk.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * What imports cost, for /actuator/prometheus: the time of the extraction engine (timed here, by its caller, so
 * the engine stays plain Java), the time of whole imports and how many articles and claims they stored.
 */
@Component
class ImportMetrics {

    private final Timer extraction;
    private final MeterRegistry registry;
    private final Counter articles;
    private final Counter claims;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.extraction = Timer.builder("claimdesk.extraction")
                .description("Time the claim extraction engine took for one article's text")
                .register(registry);
        this.articles = Counter.builder("claimdesk.articles.imported")
                .description("Articles imported (stored with their claims)")
                .register(registry);
        this.claims = Counter.builder("claimdesk.claims.extracted")
                .description("Claims stored by article imports")
                .register(registry);
    }

    <T> T timeExtraction(Supplier<T> run) {
        return extraction.record(run);
    }

    /** Times a whole import; tagged with its outcome, since refused imports (duplicates, bad input) are quick. */
    <T> T timeImport(Supplier<T> run) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            T result = run.get();
            outcome = "imported";
            return result;
        } finally {
            sample.stop(Timer.builder("claimdesk.article.import")
                    .description("Time of an article import, from the request to the commit")
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    void imported(int claimCount) {
        articles.increment();
        claims.increment(claimCount);
    }
}
