package org.claimdesk.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link PublisherSettings} from application.yml (the publisher's site defaults to the public base URL), and
 * offers the one {@link ClaimReviewJson} that the export and the public pages share.
 */
@Configuration(proxyBeanMethods = false)
class PublisherSettingsConfiguration {

    @Bean
    PublisherSettings publisherSettings(
            @Value("${claimdesk.publisher.name:" + PublisherSettings.DEFAULT_NAME + "}") String name,
            @Value("${claimdesk.publisher.url:${claimdesk.public-base-url:" + PublisherSettings.DEFAULT_PUBLIC_BASE_URL + "}}") String url,
            @Value("${claimdesk.public-base-url:" + PublisherSettings.DEFAULT_PUBLIC_BASE_URL + "}") String publicBaseUrl) {
        return new PublisherSettings(name, url, publicBaseUrl);
    }

    @Bean
    ClaimReviewJson claimReviewJson(PublisherSettings settings) {
        return new ClaimReviewJson(settings);
    }
}
