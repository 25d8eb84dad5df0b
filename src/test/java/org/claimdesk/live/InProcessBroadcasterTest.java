package org.claimdesk.live;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessBroadcasterTest {

    private final InProcessBroadcaster broadcaster = new InProcessBroadcaster();

    @Test
    void an_event_reaches_the_subscribers_of_its_topic_only() {
        List<LiveEvent> one = new ArrayList<>();
        List<LiveEvent> other = new ArrayList<>();
        broadcaster.join("claim:1", "ann", one::add);
        broadcaster.join("claim:2", "bob", other::add);

        broadcaster.publish(new LiveEvent("claim:1", LiveEvent.Kind.CHANGED, "cid", "EDITED"));

        assertThat(one).extracting(LiveEvent::kind).containsExactly(LiveEvent.Kind.PRESENCE, LiveEvent.Kind.CHANGED);
        assertThat(other).extracting(LiveEvent::kind).containsExactly(LiveEvent.Kind.PRESENCE);
    }

    @Test
    void presence_names_who_has_a_topic_open_and_forgets_who_left() {
        List<LiveEvent> seen = new ArrayList<>();
        broadcaster.join("claim:7", "ann", seen::add);
        Broadcaster.Subscription bob = broadcaster.join("claim:7", "bob", e -> { });
        broadcaster.join("claim:7", "bob", e -> { }); // a second tab of bob's

        assertThat(broadcaster.present("claim:7")).containsExactly("ann", "bob");
        bob.close();
        assertThat(broadcaster.present("claim:7")).containsExactly("ann", "bob");
        assertThat(seen).filteredOn(e -> e.what().equals("left")).extracting(LiveEvent::actor).containsExactly("bob");
    }

    @Test
    void a_failing_screen_does_not_stop_the_others() {
        List<LiveEvent> seen = new ArrayList<>();
        broadcaster.join("claim:3", "ann", e -> {
            throw new IllegalStateException("tab closed");
        });
        broadcaster.join("claim:3", "bob", seen::add);

        broadcaster.publish(new LiveEvent("claim:3", LiveEvent.Kind.CHANGED, "cid", "EDITED"));

        assertThat(seen).extracting(LiveEvent::kind).contains(LiveEvent.Kind.CHANGED);
    }
}
