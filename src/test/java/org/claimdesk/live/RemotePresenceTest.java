package org.claimdesk.live;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RemotePresenceTest {

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RemotePresence presence = new RemotePresence(Duration.ofSeconds(50), clock);

    @Test
    void people_on_other_nodes_are_present_until_their_last_screen_leaves() {
        presence.joined("a", 1, "claim:1", "ann");
        presence.joined("b", 1, "claim:1", "bob");
        presence.joined("b", 2, "claim:1", "bob"); // a second tab

        presence.left("b", 1);
        assertThat(presence.names("claim:1")).containsExactlyInAnyOrder("ann", "bob");
        presence.left("b", 2);
        assertThat(presence.names("claim:1")).containsExactly("ann");
        assertThat(presence.names("claim:2")).isEmpty();
    }

    @Test
    void a_screen_announced_twice_counts_once() {
        presence.joined("b", 7, "claim:1", "bob");
        presence.joined("b", 7, "claim:1", "bob"); // its join, and again in answer to a greeting

        presence.left("b", 7);

        assertThat(presence.names("claim:1")).isEmpty();
    }

    @Test
    void a_node_not_heard_of_within_the_ttl_is_forgotten_and_its_topics_named() {
        presence.joined("dead", 1, "claim:1", "ann");
        presence.joined("alive", 1, "claim:2", "bob");

        now = now.plusSeconds(40);
        presence.seen("alive");
        now = now.plusSeconds(20);

        assertThat(presence.names("claim:1")).as("silent for 60 s").isEmpty();
        assertThat(presence.names("claim:2")).containsExactly("bob");
        assertThat(presence.expire()).containsExactly("claim:1");
        assertThat(presence.expire()).isEmpty();
    }

    @Test
    void clearing_forgets_every_node() {
        presence.joined("a", 1, "claim:1", "ann");
        presence.clear();
        assertThat(presence.names("claim:1")).isEmpty();
    }
}
