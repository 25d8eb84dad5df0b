package org.claimdesk.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which topic open on the other nodes, as they announced it (joins and leaves, and answers to our
 * greeting), by the sender's subscription id: a screen announced twice still counts once. A node that has not
 * been heard of for {@code ttl} (it died, or lost its database connection) is forgotten: its people no longer
 * count as present.
 */
final class RemotePresence {

    private record Screen(String topic, String username) {
    }

    private static final class Node {
        volatile Instant lastSeen;
        /** subscription id → the screen, in the order they came */
        final Map<Long, Screen> screens = new LinkedHashMap<>();

        Node(Instant now) {
            lastSeen = now;
        }
    }

    private final Map<String, Node> nodes = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    RemotePresence(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Any message from the node shows it is alive. */
    void seen(String node) {
        nodes.computeIfAbsent(node, n -> new Node(clock.instant())).lastSeen = clock.instant();
    }

    void joined(String node, long sub, String topic, String username) {
        Node n = node(node);
        synchronized (n) {
            n.screens.put(sub, new Screen(topic, username));
        }
    }

    void left(String node, long sub) {
        Node n = node(node);
        synchronized (n) {
            n.screens.remove(sub);
        }
    }

    /** The people with the topic open on nodes heard of within the ttl, each once. */
    LinkedHashSet<String> names(String topic) {
        Instant oldest = clock.instant().minus(ttl);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        nodes.values().stream().filter(n -> !n.lastSeen.isBefore(oldest)).forEach(n -> {
            synchronized (n) {
                n.screens.values().stream().filter(s -> s.topic().equals(topic)).forEach(s -> names.add(s.username()));
            }
        });
        return names;
    }

    /** Forgets the nodes not heard of within the ttl; returns the topics whose people changed. */
    Set<String> expire() {
        Instant oldest = clock.instant().minus(ttl);
        Set<String> changed = new LinkedHashSet<>();
        nodes.entrySet().removeIf(e -> {
            if (!e.getValue().lastSeen.isBefore(oldest)) {
                return false;
            }
            synchronized (e.getValue()) {
                e.getValue().screens.values().forEach(s -> changed.add(s.topic()));
            }
            return true;
        });
        return changed;
    }

    /** Forgets everything: after our listener reconnects, the others tell us again. */
    void clear() {
        nodes.clear();
    }

    private Node node(String node) {
        seen(node);
        return nodes.computeIfAbsent(node, n -> new Node(clock.instant()));
    }
}
