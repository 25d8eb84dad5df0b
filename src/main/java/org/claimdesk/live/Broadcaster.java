package org.claimdesk.live;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.function.Consumer;

/**
 * Delivers live events to the screens that subscribed to a topic, and keeps who is looking at a topic. One
 * interface, so a cross-node implementation can replace the in-process one without touching the views.
 */
public interface Broadcaster {

    /**
     * Subscribes a screen of {@code username} to {@code topic}; the others on the topic get a PRESENCE event.
     * Listeners run on the publisher's thread: a view hands the work to its UI with {@code UI.access}.
     *
     * @return closes the subscription (on detach); the others get a PRESENCE event again
     */
    Subscription join(String topic, String username, Consumer<LiveEvent> listener);

    /** Sends the event to every subscriber of its topic. */
    void publish(LiveEvent event);

    /**
     * Sends the event once the current transaction has committed (at once when there is none): a screen never
     * hears of a change that rolls back.
     */
    default void publishAfterCommit(LiveEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(event);
            }
        });
    }

    /** The people who have the topic open, each once, in the order they came. */
    List<String> present(String topic);

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
