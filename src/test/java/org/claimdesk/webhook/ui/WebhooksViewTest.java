package org.claimdesk.webhook.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.export.PublicationChanged;
import org.claimdesk.webhook.DeliveryDetails;
import org.claimdesk.webhook.WebhookDetails;
import org.claimdesk.webhook.WebhookService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class WebhooksViewTest extends SpringBrowserlessTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_admin_registers_a_webhook_sees_its_secret_once_and_reads_its_delivery_log() {
        WebhooksView view = navigate(WebhooksView.class);
        // port 9 (discard) on loopback: nothing listens, so attempts fail and the log shows why
        String url = "http://127.0.0.1:9/view-" + ThreadLocalRandom.current().nextInt(1_000_000);
        test(view.url).setValue(url);
        test(view.create).click();

        assertThat(view.message.isError()).isFalse();
        assertThat(view.secret.isVisible()).isTrue();
        assertThat(view.secret.getText()).contains("whsec_");
        WebhookDetails created = view.grid.asSingleSelect().getValue();
        assertThat(created.url()).isEqualTo(url);
        assertThat(created.teamId()).as("no team chosen: every team").isNull();
        try {
            test(view.save).click();
            assertThat(view.secret.isVisible()).as("shown once").isFalse();
            assertThat(view.secret.getText()).doesNotContain("whsec_");

            long claimId = 700_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);
            transactions.executeWithoutResult(s -> events.publishEvent(new PublicationChanged(claimId, 1L,
                    claimId + "-quay", "http://localhost:8080/fact-checks/" + claimId + "-quay",
                    PublicationChanged.Kind.PUBLISHED, "editor", Instant.now(), null)));
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> !webhooks.deliveries(created.id()).isEmpty());

            test(view.refreshLog).click();
            List<DeliveryDetails> shown = test(view.log).size() == 0 ? List.of()
                    : java.util.stream.IntStream.range(0, test(view.log).size()).mapToObj(i -> test(view.log).getRow(i)).toList();
            assertThat(shown).singleElement().satisfies(d -> {
                assertThat(d.claimId()).isEqualTo(claimId);
                assertThat(d.event()).isEqualTo("PUBLISHED");
            });
            assertThat(test(view.log).getCellText(0, 1)).isEqualTo("PUBLISHED");
            assertThat(test(view.log).getCellText(0, 2)).isEqualTo("#" + claimId);
        } finally {
            webhooks.delete(created.id(), webhooks.get(created.id()).version());
        }
    }

    @Test
    void a_url_that_is_not_http_is_refused_with_a_message_and_the_input_stays() {
        WebhooksView view = navigate(WebhooksView.class);
        test(view.url).setValue("ftp://cms.example.org/hook");
        test(view.create).click();
        assertThat(view.message.isError()).isTrue();
        assertThat(view.message.getText()).contains("http");
        assertThat(view.secret.isVisible()).isFalse();
        assertThat(view.url.getValue()).isEqualTo("ftp://cms.example.org/hook");
    }
}
