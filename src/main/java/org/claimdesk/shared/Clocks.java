package org.claimdesk.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one clock services read the time from (UTC). Injected rather than calling {@code Instant.now()}, so tests
 * can replace it and set the time instead of sleeping or tolerating drift.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
