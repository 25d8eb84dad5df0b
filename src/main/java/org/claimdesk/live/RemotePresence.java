package org.claimdesk.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which topic open on the other nodes, as they announced it (joins and leaves, and answers to our
 * greeting). A node that has not been heard of for {@code ttl} (it died, or lost its database connection) is
 * forgotten: its people no longer count as present.
 */
final class RemotePresence {

    private static final class Node {
        volatile Instant lastSeen;
        /** topic → one name per open screen (a person with two tabs is there twice) */
        final Map<String, List<String>> topics = new HashMap<>();

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

    void joined(String node, String topic, String username) {
        seen(node);
        Node n = nodes.get(node);
        synchronized (n) {
            n.topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(username);
        }
    }

    void left(String node, String topic, String username) {
        seen(node);
        Node n = nodes.get(node);
        synchronized (n) {
            List<String> names = n.topics.get(topic);
            if (names != null) {
                names.remove(username);
                if (names.isEmpty()) {
                    n.topics.remove(topic);
                }
            }
        }
    }

    /** The people with the topic open on nodes heard of within the ttl, each once. */
    LinkedHashSet<String> names(String topic) {
        Instant oldest = clock.instant().minus(ttl);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        nodes.values().stream().filter(n -> !n.lastSeen.isBefore(oldest)).forEach(n -> {
            synchronized (n) {
                names.addAll(n.topics.getOrDefault(topic, List.of()));
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
                changed.addAll(e.getValue().topics.keySet());
            }
            return true;
        });
        return changed;
    }

    /** Forgets everything: after our listener reconnects, the others tell us again. */
    void clear() {
        nodes.clear();
    }
}
