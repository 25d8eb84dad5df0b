package org.claimdesk.live;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LiveMessageTest {

    @Test
    void an_event_comes_back_as_it_was_sent() {
        LiveEvent sent = new LiveEvent("claim:42", LiveEvent.Kind.CHANGED, "o'brien \"the\" checker", "EDITED");

        LiveMessage back = LiveMessage.decode(LiveMessage.event("node-a", null, sent).encode()).orElseThrow();

        assertThat(back.node()).isEqualTo("node-a");
        assertThat(back.to()).isNull();
        assertThat(back.type()).isEqualTo(LiveMessage.Type.EVENT);
        assertThat(back.toEvent()).isEqualTo(sent);
    }

    @Test
    void a_greeting_and_a_heartbeat_carry_their_sender_and_an_answer_its_addressee() {
        assertThat(LiveMessage.decode(LiveMessage.hello("n1").encode()).orElseThrow())
                .extracting(LiveMessage::node, LiveMessage::type).containsExactly("n1", LiveMessage.Type.HELLO);
        assertThat(LiveMessage.decode(LiveMessage.heartbeat("n1").encode()).orElseThrow().type())
                .isEqualTo(LiveMessage.Type.HEARTBEAT);
        LiveEvent joined = new LiveEvent("claim:1", LiveEvent.Kind.PRESENCE, "ann", "joined");
        assertThat(LiveMessage.decode(LiveMessage.event("n1", "n2", joined).encode()).orElseThrow().to()).isEqualTo("n2");
    }

    @Test
    void a_payload_stays_under_the_notify_limit_however_long_the_text() {
        String long4Byte = "\uD83D\uDE00".repeat(5000); // 20,000 bytes of emoji
        LiveEvent huge = new LiveEvent("claim:" + "9".repeat(9000), LiveEvent.Kind.CHANGED, long4Byte, long4Byte);

        String payload = LiveMessage.event("node-a", null, huge).encode();

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000);
        LiveEvent back = LiveMessage.decode(payload).orElseThrow().toEvent();
        assertThat(back.actor()).startsWith("\uD83D\uDE00").hasSizeLessThanOrEqualTo(LiveMessage.MAX_FIELD_CHARS);
        assertThat(back.actor().codePoints()).allMatch(cp -> cp == 0x1F600); // no half characters
    }

    @Test
    void a_payload_that_is_not_ours_is_ignored() {
        assertThat(LiveMessage.decode("not json")).isEmpty();
        assertThat(LiveMessage.decode("{\"hello\":1}")).isEmpty();
        assertThat(LiveMessage.decode("{\"node\":\"x\",\"type\":\"EVENT\"}")).as("an event without topic").isEmpty();
        assertThat(LiveMessage.decode("{\"node\":\"x\",\"type\":\"NEWS\"}")).as("an unknown type").isEmpty();
    }

    @Test
    void fields_a_newer_node_adds_are_ignored() {
        assertThat(LiveMessage.decode("{\"node\":\"x\",\"type\":\"HEARTBEAT\",\"load\":3}")).isPresent();
    }
}
