package org.claimdesk.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What one node tells the others through {@code pg_notify}: a live event, a greeting after it (re)connected
 * (the others answer with who has what open there), or a heartbeat that keeps its people present. Small JSON:
 * a NOTIFY payload must stay under 8000 bytes, so the free-text fields are cut to a length that always fits.
 *
 * @param node the sender's random id: a node ignores its own messages
 * @param to   the one node the message is for (an answer to a greeting), or null for all
 * @param sub  with a join or leave, the screen's subscription id on the sender: told twice (as a join and again
 *             in answer to a greeting), a screen still counts once
 */
record LiveMessage(String node, String to, Type type, String topic, LiveEvent.Kind kind, String actor, String what,
                   Long sub) {

    enum Type { EVENT, HELLO, HEARTBEAT }

    /** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;

    /** Longest topic, actor and what sent; three bytes a character at most, so they fit with room to spare. */
    static final int MAX_FIELD_CHARS = 600;

    private static final Logger log = LoggerFactory.getLogger(LiveMessage.class);

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer node may add fields
            .build();

    static LiveMessage event(String node, String to, LiveEvent e) {
        return new LiveMessage(node, to, Type.EVENT, e.topic(), e.kind(), e.actor(), e.what(), null);
    }

    /** A screen joined or left (the event is a PRESENCE one), with its subscription id. */
    static LiveMessage presence(String node, String to, LiveEvent e, long sub) {
        return new LiveMessage(node, to, Type.EVENT, e.topic(), e.kind(), e.actor(), e.what(), sub);
    }

    static LiveMessage hello(String node) {
        return new LiveMessage(node, null, Type.HELLO, null, null, null, null, null);
    }

    static LiveMessage heartbeat(String node) {
        return new LiveMessage(node, null, Type.HEARTBEAT, null, null, null, null, null);
    }

    LiveEvent toEvent() {
        return new LiveEvent(topic, kind, actor, what);
    }

    /** The payload for {@code pg_notify}: always under {@link #MAX_PAYLOAD_BYTES}. */
    String encode() {
        LiveMessage cut = new LiveMessage(node, to, type, cut(topic), kind, cut(actor), cut(what), sub);
        String json = JSON.writeValueAsString(cut);
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalStateException("a live message does not fit a NOTIFY payload"); // cannot happen: fields are cut
        }
        return json;
    }

    /** The message in a payload, or empty when it is not one of ours (logged, never thrown at the listener). */
    static Optional<LiveMessage> decode(String payload) {
        try {
            LiveMessage m = JSON.readValue(payload, LiveMessage.class);
            if (m == null || m.node() == null || m.type() == null
                    || (m.type() == Type.EVENT && (m.topic() == null || m.kind() == null))) {
                log.warn("Ignored a live message without sender, type or topic: {}", payload);
                return Optional.empty();
            }
            return Optional.of(m);
        } catch (JacksonException e) {
            log.warn("Ignored a live message that is not ours: {}", payload);
            return Optional.empty();
        }
    }

    private static String cut(String s) {
        if (s == null || s.length() <= MAX_FIELD_CHARS) {
            return s;
        }
        int end = MAX_FIELD_CHARS;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return s.substring(0, end);
    }
}
