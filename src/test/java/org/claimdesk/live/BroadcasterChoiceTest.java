package org.claimdesk.live;

import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.env.MockEnvironment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** PostgreSQL gets the broadcaster that crosses nodes, and it listens; H2 (one node) the in-process one. */
@ClaimDeskSpringTest
class BroadcasterChoiceTest {

    @Autowired
    Broadcaster broadcaster;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void the_application_uses_the_broadcaster_of_its_database() {
        if (databaseUrl.startsWith("jdbc:postgresql:")) {
            assertThat(broadcaster).isInstanceOf(PostgresBroadcaster.class);
            await().atMost(Duration.ofSeconds(10)).until(((PostgresBroadcaster) broadcaster)::isListening);
        } else {
            assertThat(broadcaster).isInstanceOf(InProcessBroadcaster.class);
        }
    }

    @Test
    void the_choice_follows_the_datasource_unless_set() {
        assertThat(LiveConfiguration.postgres(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/claimdesk"))).isTrue();
        assertThat(LiveConfiguration.postgres(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/claimdesk"))).isFalse();
        assertThat(LiveConfiguration.postgres(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/claimdesk")
                .withProperty("claimdesk.live.broadcaster", "in-process"))).isFalse();
    }
}
