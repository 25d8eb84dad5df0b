package org.claimdesk.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The broadcaster of one node: subscribers in memory. Enough for the embedded set-up and a single node. */
@Component
class InProcessBroadcaster implements Broadcaster {

    private static final Logger log = LoggerFactory.getLogger(InProcessBroadcaster.class);

    private record Subscriber(String username, Consumer<LiveEvent> listener) {
    }

    private final Map<String, CopyOnWriteArrayList<Subscriber>> topics = new ConcurrentHashMap<>();

    @Override
    public Subscription join(String topic, String username, Consumer<LiveEvent> listener) {
        Subscriber s = new Subscriber(username, listener);
        topics.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(s);
        publish(new LiveEvent(topic, LiveEvent.Kind.PRESENCE, username, "joined"));
        return () -> {
            List<Subscriber> list = topics.get(topic);
            if (list != null && list.remove(s)) {
                topics.computeIfPresent(topic, (t, l) -> l.isEmpty() ? null : l);
                publish(new LiveEvent(topic, LiveEvent.Kind.PRESENCE, username, "left"));
            }
        };
    }

    @Override
    public void publish(LiveEvent event) {
        for (Subscriber s : topics.getOrDefault(event.topic(), new CopyOnWriteArrayList<>())) {
            try {
                s.listener().accept(event);
            } catch (RuntimeException e) {
                // one broken screen (a closed tab, a detached UI) must not stop the others
                log.debug("A live update could not be delivered on {}", event.topic(), e);
            }
        }
    }

    @Override
    public List<String> present(String topic) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        topics.getOrDefault(topic, new CopyOnWriteArrayList<>()).forEach(s -> names.add(s.username()));
        return List.copyOf(names);
    }
}
