package org.claimdesk.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The screens subscribed on this node, by topic. Both broadcasters keep their local subscribers here; telling
 * others about joins and leaves is theirs to do.
 */
final class LocalTopics {

    private static final Logger log = LoggerFactory.getLogger(LocalTopics.class);

    /** One screen on one topic; the id tells it apart from the same person's other tabs. */
    record Subscriber(long id, String topic, String username, Consumer<LiveEvent> listener) {
    }

    private final AtomicLong ids = new AtomicLong();

    private final Map<String, CopyOnWriteArrayList<Subscriber>> topics = new ConcurrentHashMap<>();

    Subscriber add(String topic, String username, Consumer<LiveEvent> listener) {
        Subscriber s = new Subscriber(ids.incrementAndGet(), topic, username, listener);
        topics.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(s);
        return s;
    }

    /** @return false when the subscriber was gone already (a second close) */
    boolean remove(Subscriber s) {
        List<Subscriber> list = topics.get(s.topic());
        if (list == null || !list.remove(s)) {
            return false;
        }
        topics.computeIfPresent(s.topic(), (t, l) -> l.isEmpty() ? null : l);
        return true;
    }

    void deliver(LiveEvent event) {
        for (Subscriber s : topics.getOrDefault(event.topic(), new CopyOnWriteArrayList<>())) {
            try {
                s.listener().accept(event);
            } catch (RuntimeException e) {
                // one broken screen (a closed tab, a detached UI) must not stop the others
                log.debug("A live update could not be delivered on {}", event.topic(), e);
            }
        }
    }

    /** The people subscribed to the topic on this node, each once, in the order they came. */
    LinkedHashSet<String> names(String topic) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        topics.getOrDefault(topic, new CopyOnWriteArrayList<>()).forEach(s -> names.add(s.username()));
        return names;
    }

    /** Every subscription on this node, for telling a node that (re)connected who is here. */
    List<Subscriber> all() {
        List<Subscriber> all = new ArrayList<>();
        topics.values().forEach(all::addAll);
        return all;
    }
}
