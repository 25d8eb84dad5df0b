package org.claimdesk.webhook;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.export.PublicationChanged;
import org.claimdesk.security.TeamService;
import org.claimdesk.security.TeamSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks hear of publication changes after they commit and deliver them, signed, to a local HTTP server;
 * failures are retried. The delivery job is driven here directly (the scheduled runs may take part too: an
 * attempt is claimed before it is sent, so the counts hold either way).
 */
@ClaimDeskSpringTest
class WebhookDeliveryTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    DeliveryJob job;
    @Autowired
    WebhookDeliveryRepository deliveryRows;
    @Autowired
    TeamService teams;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private WebhookReceiver receiver;
    private final List<IssuedWebhook> registered = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        AsUser.signIn("admin", "ADMIN");
        for (IssuedWebhook w : registered) { // other tests' events must not reach a server that is gone
            webhooks.delete(w.webhook().id(), webhooks.get(w.webhook().id()).version());
        }
        SecurityContextHolder.clearContext();
        receiver.close();
    }

    private IssuedWebhook register(String path, Long teamId, Set<PublicationChanged.Kind> kinds) {
        AsUser.signIn("admin", "ADMIN");
        IssuedWebhook w = webhooks.create(new WebhookInput(receiver.url(path), teamId, kinds, true));
        registered.add(w);
        SecurityContextHolder.clearContext();
        return w;
    }

    private long team(String name) {
        AsUser.signIn("admin", "ADMIN");
        long id = teams.list().stream().filter(t -> t.name().equals(name)).map(TeamSummary::id).findFirst().orElseThrow();
        SecurityContextHolder.clearContext();
        return id;
    }

    /** A claim id no other test uses: the listener needs no claim row, only the event. */
    private static long aClaimId() {
        return 800_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);
    }

    private static PublicationChanged event(long claimId, long teamId, PublicationChanged.Kind kind, String claimReview) {
        return new PublicationChanged(claimId, teamId, claimId + "-port-quay", "http://localhost:8080/fact-checks/"
                + claimId + "-port-quay", kind, "editor", Instant.parse("2025-03-14T10:15:30Z"), claimReview);
    }

    /** Publishes the event in a transaction that commits, as publishing does. */
    private void publish(PublicationChanged e) {
        transactions.executeWithoutResult(status -> events.publishEvent(e));
    }

    private List<DeliveryDetails> log(IssuedWebhook w) {
        AsUser.signIn("admin", "ADMIN");
        try {
            return webhooks.deliveries(w.webhook().id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<DeliveryDetails> logOf(IssuedWebhook w, long claimId) {
        return log(w).stream().filter(d -> d.claimId() == claimId).toList();
    }

    /** Runs the job until the delivery of this claim to this webhook is as wanted. */
    private DeliveryDetails deliverUntil(IssuedWebhook w, long claimId, Predicate<DeliveryDetails> wanted) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            job.deliverDue();
            return logOf(w, claimId).stream().anyMatch(wanted);
        });
        return logOf(w, claimId).getFirst();
    }

    @Test
    void a_delivery_is_a_json_post_signed_with_the_webhooks_secret() throws Exception {
        IssuedWebhook w = register("/signed", null, null);
        long claimId = aClaimId();
        publish(event(claimId, team("Politics desk"), PublicationChanged.Kind.PUBLISHED,
                "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"claimReviewed\":\"The quay grows\"}"));

        DeliveryDetails d = deliverUntil(w, claimId, x -> x.status() == DeliveryStatus.DELIVERED);
        assertThat(d.attempts()).isEqualTo(1);
        assertThat(d.lastStatusCode()).isEqualTo(200);

        WebhookReceiver.Received r = receiver.received("/signed").getFirst();
        assertThat(r.header("X-ClaimDesk-Event")).isEqualTo("PUBLISHED");
        assertThat(r.header("X-ClaimDesk-Delivery")).isEqualTo(String.valueOf(d.id()));
        assertThat(r.header("Content-Type")).startsWith("application/json");
        // what a receiver does: HMAC-SHA256 of the raw body with the secret, compared with the header
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(w.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(r.body()));
        assertThat(java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                r.header("X-ClaimDesk-Signature").getBytes(StandardCharsets.US_ASCII))).isTrue();

        JsonNode body = JsonMapper.builder().build().readTree(r.body());
        assertThat(body.get("event").asString()).isEqualTo("PUBLISHED");
        assertThat(body.get("claimId").asLong()).isEqualTo(claimId);
        assertThat(body.get("url").asString()).endsWith("/fact-checks/" + claimId + "-port-quay");
        assertThat(body.get("slug").asString()).isEqualTo(claimId + "-port-quay");
        assertThat(body.get("at").asString()).isEqualTo("2025-03-14T10:15:30Z");
        assertThat(body.get("claimReview").get("claimReviewed").asString()).isEqualTo("The quay grows");
    }

    @Test
    void a_failed_attempt_is_retried_after_its_back_off_and_ends_delivered_with_two_attempts() {
        IssuedWebhook w = register("/flaky", null, null);
        receiver.answer(500);
        long claimId = aClaimId();
        publish(event(claimId, team("Politics desk"), PublicationChanged.Kind.UNPUBLISHED, null));

        DeliveryDetails first = deliverUntil(w, claimId, x -> x.attempts() == 1);
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.lastStatusCode()).isEqualTo(500);
        assertThat(first.nextAttemptAt()).as("the first retry waits a minute")
                .isBetween(first.lastAttemptAt().plusSeconds(50), first.lastAttemptAt().plusSeconds(70));
        job.deliverDue();
        assertThat(receiver.received("/flaky")).as("not before its time").hasSize(1);

        jdbc.update("update webhook_delivery set next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), first.id()); // the minute has passed
        DeliveryDetails done = deliverUntil(w, claimId, x -> x.status() == DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.lastStatusCode()).isEqualTo(200);
        assertThat(done.lastError()).isNull();
        assertThat(receiver.received("/flaky")).hasSize(2);
    }

    @Test
    void a_webhook_of_another_team_or_for_other_kinds_does_not_get_the_event() {
        long politics = team("Politics desk");
        IssuedWebhook ours = register("/politics", politics, null);
        IssuedWebhook other = register("/metro", team("Metro desk"), null);
        IssuedWebhook everyTeam = register("/all", null, null);
        IssuedWebhook onlyUnpublish = register("/unpublish", null, Set.of(PublicationChanged.Kind.UNPUBLISHED));
        long claimId = aClaimId();
        publish(event(claimId, politics, PublicationChanged.Kind.PUBLISHED, null));

        deliverUntil(ours, claimId, x -> x.status() == DeliveryStatus.DELIVERED);
        deliverUntil(everyTeam, claimId, x -> x.status() == DeliveryStatus.DELIVERED);
        assertThat(logOf(other, claimId)).isEmpty();
        assertThat(logOf(onlyUnpublish, claimId)).isEmpty();
        assertThat(receiver.received("/metro")).isEmpty();
    }

    @Test
    void an_event_handled_twice_makes_one_delivery_per_webhook() {
        IssuedWebhook a = register("/twice-a", null, null);
        IssuedWebhook b = register("/twice-b", null, null);
        long claimId = aClaimId();
        PublicationChanged e = event(claimId, team("Politics desk"), PublicationChanged.Kind.REVERIFIED, null);
        publish(e);
        publish(e);
        // a later event, published after both: once its delivery is there, both handlings of e are done
        long later = aClaimId();
        publish(event(later, team("Politics desk"), PublicationChanged.Kind.REVERIFIED, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> !logOf(b, later).isEmpty());

        deliverUntil(a, claimId, x -> x.status() == DeliveryStatus.DELIVERED);
        deliverUntil(b, claimId, x -> x.status() == DeliveryStatus.DELIVERED);
        assertThat(logOf(a, claimId)).hasSize(1);
        assertThat(logOf(b, claimId)).hasSize(1);
        assertThat(receiver.received("/twice-a")).filteredOn(r -> new String(r.body(), StandardCharsets.UTF_8)
                .contains("\"claimId\":" + claimId)).hasSize(1);
    }

    @Test
    void nothing_is_sent_when_the_transaction_that_raised_the_event_rolls_back() throws Exception {
        IssuedWebhook w = register("/rollback", null, null);
        long rolledBack = aClaimId();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(event(rolledBack, team("Politics desk"), PublicationChanged.Kind.PUBLISHED, null));
            throw new IllegalStateException("publishing failed after the event");
        })).isInstanceOf(IllegalStateException.class);
        // an event that commits afterwards is delivered; by then the rolled-back one would have been queued too
        long committed = aClaimId();
        publish(event(committed, team("Politics desk"), PublicationChanged.Kind.PUBLISHED, null));
        deliverUntil(w, committed, x -> x.status() == DeliveryStatus.DELIVERED);
        Thread.sleep(300);
        job.deliverDue();

        assertThat(logOf(w, rolledBack)).isEmpty();
        assertThat(receiver.received("/rollback")).hasSize(1);
    }

    @Test
    void a_claim_review_longer_than_four_thousand_characters_is_delivered() {
        IssuedWebhook w = register("/long", null, null);
        long claimId = aClaimId();
        String rationale = "The ministry's figures disagree. ".repeat(200);
        publish(event(claimId, team("Politics desk"), PublicationChanged.Kind.PUBLISHED,
                "{\"@type\":\"ClaimReview\",\"reviewBody\":\"" + rationale + "\"}"));

        deliverUntil(w, claimId, x -> x.status() == DeliveryStatus.DELIVERED);
        assertThat(new String(receiver.received("/long").getFirst().body(), StandardCharsets.UTF_8)).contains(rationale);
    }

    @Test
    void a_due_attempt_is_claimed_by_one_run_only() {
        IssuedWebhook w = register("/claim", null, null);
        long claimId = aClaimId();
        // disabled at once, so no run sends it while the test claims it by hand
        AsUser.signIn("admin", "ADMIN");
        webhooks.update(w.webhook().id(), new WebhookInput(receiver.url("/claim"), null, null, false),
                webhooks.get(w.webhook().id()).version());
        SecurityContextHolder.clearContext();
        transactions.executeWithoutResult(s -> deliveryRows.save(new WebhookDelivery(w.webhook().id(), "k-" + claimId,
                "PUBLISHED", claimId, "{}", Instant.now().minusSeconds(5))));
        long id = logOf(w, claimId).getFirst().id();
        Instant now = Instant.now();

        Integer first = transactions.execute(s -> deliveryRows.claim(id, 0, DeliveryStatus.PENDING, now, now.plusSeconds(60)));
        Integer second = transactions.execute(s -> deliveryRows.claim(id, 0, DeliveryStatus.PENDING, now, now.plusSeconds(60)));
        assertThat(first).isEqualTo(1);
        assertThat(second).as("the other run read the same attempt count and gets nothing").isZero();
        assertThat(logOf(w, claimId).getFirst().attempts()).isEqualTo(1);
    }
}
