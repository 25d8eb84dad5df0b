package org.claimdesk.webhook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Binds {@link WebhookSettings} from {@code claimdesk.webhooks.*} and offers the address check built on it. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookSettings webhookSettings(
            @Value("${claimdesk.webhooks.allow-private-addresses:false}") boolean allowPrivateAddresses,
            @Value("${claimdesk.webhooks.max-attempts:6}") int maxAttempts,
            @Value("${claimdesk.webhooks.first-retry:PT1M}") Duration firstRetry,
            @Value("${claimdesk.webhooks.backoff-factor:5}") int backoffFactor,
            @Value("${claimdesk.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
            @Value("${claimdesk.webhooks.read-timeout:PT10S}") Duration readTimeout) {
        return new WebhookSettings(allowPrivateAddresses, maxAttempts, firstRetry, backoffFactor, connectTimeout,
                readTimeout);
    }

    @Bean
    WebhookAddresses webhookAddresses(WebhookSettings settings) {
        return new WebhookAddresses(settings.allowPrivateAddresses(), WebhookAddresses.DNS);
    }
}
