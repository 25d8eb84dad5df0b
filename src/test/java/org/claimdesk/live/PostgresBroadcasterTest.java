package org.claimdesk.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL database, in one JVM: two broadcasters, each with its own listening connection.
 * Needs PostgreSQL (the pom's postgres-tests run gives it in CLAIMDESK_TEST_DB_URL); on H2 there is one node and
 * nothing to cross, and {@link InProcessBroadcasterTest} covers the in-process broadcaster.
 */
@EnabledIfEnvironmentVariable(named = "CLAIMDESK_TEST_DB_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "needs PostgreSQL: set CLAIMDESK_TEST_DB_URL (the pom's postgres-tests run does)")
class PostgresBroadcasterTest {

    private static final String URL = System.getenv("CLAIMDESK_TEST_DB_URL");
    private static final String USER = System.getenv().getOrDefault("CLAIMDESK_TEST_DB_USER", "claimdesk");
    private static final String PASSWORD = System.getenv().getOrDefault("CLAIMDESK_TEST_DB_PASSWORD", "claimdesk");

    /** The bound: a change on one node reaches a screen on the other within two seconds. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final List<PostgresBroadcaster> nodes = new ArrayList<>();
    /** topics of this test only: the shared Spring context's screens on the same database stay out of it */
    private final String topic = "claim:test-" + UUID.randomUUID();

    @AfterEach
    void stopTheNodes() {
        nodes.forEach(PostgresBroadcaster::stop);
    }

    @Test
    void an_event_published_on_one_node_reaches_the_screens_of_the_other_once() throws Exception {
        PostgresBroadcaster a = node();
        PostgresBroadcaster b = node();
        List<LiveEvent> onA = new CopyOnWriteArrayList<>();
        List<LiveEvent> onB = new CopyOnWriteArrayList<>();
        a.join(topic, "ann", onA::add);
        b.join(topic, "bob", onB::add);

        LiveEvent change = new LiveEvent(topic, LiveEvent.Kind.CHANGED, "ann", "EDITED");
        a.publish(change);

        await().atMost(WITHIN).untilAsserted(() -> assertThat(onB).contains(change));
        Thread.sleep(300); // its own NOTIFY comes back to A too: A must not deliver it a second time
        assertThat(onA).filteredOn(e -> e.kind() == LiveEvent.Kind.CHANGED).containsExactly(change);
    }

    @Test
    void the_event_goes_out_as_a_small_json_notify_on_the_channel() throws Exception {
        PostgresBroadcaster a = node();
        try (Connection listener = DriverManager.getConnection(URL, USER, PASSWORD)) {
            try (Statement st = listener.createStatement()) {
                st.execute("LISTEN " + PostgresBroadcaster.CHANNEL);
            }
            a.publish(new LiveEvent(topic, LiveEvent.Kind.CHANGED, "ann", "EDITED"));

            List<String> payloads = new ArrayList<>();
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (System.nanoTime() < deadline && payloads.stream().noneMatch(p -> p.contains(topic))) {
                PGNotification[] got = listener.unwrap(PGConnection.class).getNotifications(200);
                for (PGNotification n : got == null ? new PGNotification[0] : got) {
                    payloads.add(n.getParameter());
                }
            }
            String ours = payloads.stream().filter(p -> p.contains(topic)).findFirst().orElseThrow();
            LiveMessage m = LiveMessage.decode(ours).orElseThrow();
            assertThat(m.node()).isEqualTo(a.nodeId());
            assertThat(m.toEvent()).isEqualTo(new LiveEvent(topic, LiveEvent.Kind.CHANGED, "ann", "EDITED"));
        }
    }

    @Test
    void who_has_a_topic_open_is_known_on_every_node_and_forgotten_when_they_leave() throws Exception {
        PostgresBroadcaster a = node();
        PostgresBroadcaster b = node();
        List<LiveEvent> onA = new CopyOnWriteArrayList<>();
        a.join(topic, "ann", onA::add);

        Broadcaster.Subscription bob = b.join(topic, "bob", e -> { });

        await().atMost(WITHIN).untilAsserted(() -> assertThat(a.present(topic)).containsExactly("ann", "bob"));
        assertThat(onA).as("A's screen is told, so it names bob")
                .contains(new LiveEvent(topic, LiveEvent.Kind.PRESENCE, "bob", "joined"));
        bob.close();
        await().atMost(WITHIN).untilAsserted(() -> assertThat(a.present(topic)).containsExactly("ann"));
    }

    @Test
    void a_node_that_starts_later_learns_who_is_already_present() throws Exception {
        PostgresBroadcaster a = node();
        a.join(topic, "ann", e -> { });

        PostgresBroadcaster late = node();

        await().atMost(WITHIN).untilAsserted(() -> assertThat(late.present(topic)).containsExactly("ann"));
    }

    /** A started node whose listener is in place (a NOTIFY sent before LISTEN is not delivered). */
    private PostgresBroadcaster node() throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        PostgresBroadcaster node = new PostgresBroadcaster(ds, new PostgresBroadcaster.Listen(URL, USER, PASSWORD),
                Clock.systemUTC());
        node.start();
        nodes.add(node);
        await().atMost(Duration.ofSeconds(5)).until(node::isListening);
        return node;
    }
}
