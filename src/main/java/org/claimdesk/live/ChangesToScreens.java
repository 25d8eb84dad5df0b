package org.claimdesk.live;

import org.claimdesk.shared.ChangeRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells open screens about changes once their transaction has committed: each claim's topic and its article's,
 * once per transaction however many fields changed. A change that rolls back is never broadcast.
 */
@Component
class ChangesToScreens {

    private final Broadcaster broadcaster;

    ChangesToScreens(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @EventListener
    void on(ChangeRecorded change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // every change is made in a transaction; nothing committed, nothing to tell
        }
        Map<String, LiveEvent> pending = pending();
        if ("CLAIM".equals(change.entityType())) {
            String topic = LiveEvent.claim(change.entityId());
            pending.putIfAbsent(topic, new LiveEvent(topic, LiveEvent.Kind.CHANGED, change.actor(), change.action()));
        }
        if (change.articleId() != null) {
            String topic = LiveEvent.article(change.articleId());
            pending.putIfAbsent(topic, new LiveEvent(topic, LiveEvent.Kind.CHANGED, change.actor(), change.action()));
        }
    }

    /** The events of the current transaction, sent after it commits. */
    @SuppressWarnings("unchecked")
    private Map<String, LiveEvent> pending() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<String, LiveEvent>) bound;
        }
        Map<String, LiveEvent> events = new LinkedHashMap<>();
        TransactionSynchronizationManager.bindResource(this, events);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.values().forEach(broadcaster::publish);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ChangesToScreens.this);
            }
        });
        return events;
    }
}
