package org.claimdesk.live;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The broadcaster of several nodes on one PostgreSQL database. An event reaches this node's screens at once
 * and the other nodes' through {@code pg_notify('claimdesk_live', ...)}: each node LISTENs on one connection of
 * its own (outside the pool, so the pool never loses one for good) and ignores what it sent itself.
 * <p>
 * After commit: callers publish once their transaction has committed ({@link #publishAfterCommit}, {@code
 * ChangesToScreens}), and the NOTIFY is sent on a pool connection of its own in auto-commit, by one sender
 * thread in publishing order. A NOTIFY sent inside the caller's transaction would also only leave on commit,
 * but publish is called after that commit (when the transaction's connection no longer commits anything) and
 * outside any transaction (joins and leaves): one path for all, and a slow or absent database never holds up a
 * screen's thread.
 * <p>
 * Presence crosses nodes too: joins and leaves are events, each node keeps who is present on the others, a
 * node that (re)connects says hello and the others answer with who they have; a node that goes silent (no
 * heartbeat) is forgotten after {@link #PRESENCE_TTL}. When the database goes away, the listener reconnects
 * with back-off; events of the meantime are lost for the other nodes (screens catch up on their next change).
 */
class PostgresBroadcaster implements Broadcaster, SmartLifecycle {

    static final String CHANNEL = "claimdesk_live";
    static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(15);
    static final Duration PRESENCE_TTL = Duration.ofSeconds(50);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(PostgresBroadcaster.class);

    /** Where the listening connection goes: the pool's own URL and account. */
    record Listen(String url, String username, String password) {
    }

    private final String nodeId = UUID.randomUUID().toString().substring(0, 12);
    private final LocalTopics local = new LocalTopics();
    private final RemotePresence remote;
    private final DataSource dataSource;
    private final Listen listen;
    /** one thread, so the other nodes hear events in the order they were published; bounded for outages */
    private final ExecutorService sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(10_000), Thread.ofPlatform().daemon().name("claimdesk-live-notify").factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());

    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection listening;
    private volatile boolean listeningNow;

    PostgresBroadcaster(DataSource dataSource, Listen listen, Clock clock) {
        this.dataSource = dataSource;
        this.listen = listen;
        this.remote = new RemotePresence(PRESENCE_TTL, clock);
    }

    String nodeId() {
        return nodeId;
    }

    @Override
    public Subscription join(String topic, String username, Consumer<LiveEvent> listener) {
        LocalTopics.Subscriber s = local.add(topic, username, listener);
        LiveEvent joined = new LiveEvent(topic, LiveEvent.Kind.PRESENCE, username, "joined");
        local.deliver(joined);
        send(LiveMessage.presence(nodeId, null, joined, s.id()));
        return () -> {
            if (local.remove(s)) {
                LiveEvent left = new LiveEvent(topic, LiveEvent.Kind.PRESENCE, username, "left");
                local.deliver(left);
                send(LiveMessage.presence(nodeId, null, left, s.id()));
            }
        };
    }

    @Override
    public void publish(LiveEvent event) {
        local.deliver(event);
        send(LiveMessage.event(nodeId, null, event));
    }

    @Override
    public List<String> present(String topic) {
        LinkedHashSet<String> names = local.names(topic);
        names.addAll(remote.names(topic));
        return List.copyOf(names);
    }

    /** A message from the channel: another node's event, greeting or heartbeat. */
    void received(LiveMessage m) {
        if (nodeId.equals(m.node()) || (m.to() != null && !nodeId.equals(m.to()))) {
            return;
        }
        switch (m.type()) {
            case HEARTBEAT -> remote.seen(m.node());
            case HELLO -> {
                remote.seen(m.node());
                // tell the newcomer who is here; only it takes these in (to), the others know already
                local.all().forEach(s -> send(LiveMessage.presence(nodeId, m.node(),
                        new LiveEvent(s.topic(), LiveEvent.Kind.PRESENCE, s.username(), "joined"), s.id())));
            }
            case EVENT -> {
                LiveEvent event = m.toEvent();
                if (m.sub() != null && "joined".equals(event.what())) {
                    remote.joined(m.node(), m.sub(), event.topic(), event.actor());
                } else if (m.sub() != null && "left".equals(event.what())) {
                    remote.left(m.node(), m.sub());
                } else {
                    remote.seen(m.node());
                }
                local.deliver(event);
            }
        }
    }

    private void send(LiveMessage m) {
        if (sender.isShutdown()) {
            return;
        }
        String payload = m.encode();
        sender.execute(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
                ps.setString(1, CHANNEL);
                ps.setString(2, payload);
                ps.execute();
                if (!c.getAutoCommit()) {
                    c.commit(); // NOTIFY leaves on commit
                }
            } catch (SQLException | RuntimeException e) {
                log.warn("A live update could not be sent to the other nodes: {}", e.getMessage());
            }
        });
    }

    // --- the listening connection ------------------------------------------------------------------------------

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("claimdesk-live-listen").start(this::listenLoop);
        log.info("Live updates cross nodes through PostgreSQL LISTEN/NOTIFY (channel {}, this node {})", CHANNEL, nodeId);
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly(listening); // wakes the listener out of its wait
        Thread t = listener;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the listener has its connection and LISTENs (a NOTIFY sent before that never reaches it). */
    boolean isListening() {
        return listeningNow;
    }

    private void listenLoop() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try (Connection c = java.sql.DriverManager.getConnection(listen.url(), listen.username(), listen.password())) {
                listening = c;
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listeningNow = true;
                log.info("Listening for live updates of the other nodes");
                backoff = Duration.ofMillis(500);
                remote.clear(); // we may have missed leaves while away: the others tell us again
                send(LiveMessage.hello(nodeId));
                Instant nextHeartbeat = Instant.now();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            LiveMessage.decode(n.getParameter()).ifPresent(this::receivedSafely);
                        }
                    }
                    if (!Instant.now().isBefore(nextHeartbeat)) {
                        nextHeartbeat = Instant.now().plus(HEARTBEAT_EVERY);
                        send(LiveMessage.heartbeat(nodeId));
                        try (Statement st = c.createStatement()) {
                            st.execute("select 1"); // a dead connection shows here, not only on the next read
                        }
                        forgetSilentNodes();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("The live-update listener lost the database ({}); trying again in {} s", e.getMessage(),
                        backoff.toMillis() / 1000.0);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                listening = null;
                listeningNow = false;
            }
        }
    }

    private void receivedSafely(LiveMessage m) {
        try {
            received(m);
        } catch (RuntimeException e) {
            log.warn("A live update from another node could not be handled", e);
        }
    }

    /** The people of a node gone silent are no longer present: their topics' screens are told. */
    private void forgetSilentNodes() {
        for (String topic : remote.expire()) {
            local.deliver(new LiveEvent(topic, LiveEvent.Kind.PRESENCE, "", "left"));
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to stop: nothing left to do
            }
        }
    }
}
