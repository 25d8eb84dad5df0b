package org.claimdesk.live;

import java.util.List;
import java.util.function.Consumer;

/**
 * The broadcaster of one node: subscribers in memory. Enough for the embedded set-up and a single node; with
 * PostgreSQL, {@link PostgresBroadcaster} takes its place (see {@link LiveConfiguration}).
 */
class InProcessBroadcaster implements Broadcaster {

    private final LocalTopics local = new LocalTopics();

    @Override
    public Subscription join(String topic, String username, Consumer<LiveEvent> listener) {
        LocalTopics.Subscriber s = local.add(topic, username, listener);
        publish(new LiveEvent(topic, LiveEvent.Kind.PRESENCE, username, "joined"));
        return () -> {
            if (local.remove(s)) {
                publish(new LiveEvent(topic, LiveEvent.Kind.PRESENCE, username, "left"));
            }
        };
    }

    @Override
    public void publish(LiveEvent event) {
        local.deliver(event);
    }

    @Override
    public List<String> present(String topic) {
        return List.copyOf(local.names(topic));
    }
}
