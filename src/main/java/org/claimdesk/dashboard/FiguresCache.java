package org.claimdesk.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps each team set's dashboard figures for a short while. The figures aggregate every claim of the teams
 * (about 3 s for a team of 330,000 claims on PostgreSQL), and the dashboard is everyone's start page: people of one
 * team signing in within the same half minute share one count. A zero freshness turns the cache off.
 */
final class FiguresCache<K, V> {

    /** Team sets kept at most; the least recently counted goes first. */
    static final int MAX_ENTRIES = 256;

    private record Counted<V>(V value, Instant countedAt) {
    }

    private final Duration freshFor;
    private final Clock clock;
    private final Map<K, Counted<V>> entries = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Counted<V>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    FiguresCache(Duration freshFor, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
    }

    /** The key's figures counted less than the freshness ago, or newly counted by {@code count}. */
    V get(K key, Supplier<V> count) {
        if (freshFor.isZero() || freshFor.isNegative()) {
            return count.get();
        }
        Instant now = clock.instant();
        synchronized (entries) {
            Counted<V> e = entries.get(key);
            if (e != null && e.countedAt().plus(freshFor).isAfter(now)) {
                return e.value();
            }
        }
        // counted outside the lock: two first visitors may both count, which is cheaper than making one wait on the other
        V value = count.get();
        synchronized (entries) {
            entries.remove(key);
            entries.put(key, new Counted<>(value, now));
        }
        return value;
    }
}
