package org.claimdesk.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresCacheTest {

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void figures_are_counted_once_while_fresh_and_again_after() {
        Hands clock = new Hands();
        FiguresCache<String, Integer> cache = new FiguresCache<>(Duration.ofSeconds(30), clock);
        AtomicInteger counts = new AtomicInteger();

        assertThat(cache.get("team 2", counts::incrementAndGet)).isEqualTo(1);
        clock.now = clock.now.plusSeconds(29);
        assertThat(cache.get("team 2", counts::incrementAndGet)).as("still fresh").isEqualTo(1);
        assertThat(cache.get("team 3", counts::incrementAndGet)).as("another team set counts its own").isEqualTo(2);
        clock.now = clock.now.plusSeconds(2);
        assertThat(cache.get("team 2", counts::incrementAndGet)).as("30 s later: counted again").isEqualTo(3);
    }

    @Test
    void a_zero_freshness_counts_every_time() {
        FiguresCache<String, Integer> cache = new FiguresCache<>(Duration.ZERO, new Hands());
        AtomicInteger counts = new AtomicInteger();
        cache.get("team 2", counts::incrementAndGet);
        cache.get("team 2", counts::incrementAndGet);
        assertThat(counts).hasValue(2);
    }

    @Test
    void the_cache_keeps_a_bounded_number_of_team_sets() {
        Hands clock = new Hands();
        FiguresCache<Integer, Integer> cache = new FiguresCache<>(Duration.ofMinutes(1), clock);
        AtomicInteger counts = new AtomicInteger();
        for (int i = 0; i <= FiguresCache.MAX_ENTRIES; i++) {
            cache.get(i, counts::incrementAndGet);
        }
        cache.get(0, counts::incrementAndGet); // the first was dropped for the newest
        assertThat(counts).hasValue(FiguresCache.MAX_ENTRIES + 2);
    }
}
