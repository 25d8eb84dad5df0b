package org.claimdesk.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gauge {@code claimdesk.ui.active}: the Vaadin UIs (open browser tabs) this node holds. A UI counts from its
 * creation until it is detached: closed, its session ended, or left without heartbeats.
 */
@Component
class ActiveUis implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    ActiveUis(MeterRegistry registry) {
        Gauge.builder("claimdesk.ui.active", open, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }

    int open() {
        return open.get();
    }
}
