package org.claimdesk.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The absolute lifetime of a UI session: the decision alone, given the creation time and the clock. */
class SessionLifetimeTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    @Test
    void a_session_younger_than_its_lifetime_lives_on() {
        assertThat(SessionLifetime.outlived(CREATED, CREATED, TWELVE_HOURS)).isFalse();
        assertThat(SessionLifetime.outlived(CREATED, CREATED.plus(TWELVE_HOURS).minusMillis(1), TWELVE_HOURS)).isFalse();
    }

    @Test
    void a_session_ends_when_its_lifetime_is_reached_however_busy_it_was() {
        assertThat(SessionLifetime.outlived(CREATED, CREATED.plus(TWELVE_HOURS), TWELVE_HOURS)).isTrue();
        assertThat(SessionLifetime.outlived(CREATED, CREATED.plus(Duration.ofDays(3)), TWELVE_HOURS)).isTrue();
    }

    @Test
    void a_lifetime_of_zero_or_less_is_refused_at_start() {
        assertThatThrownBy(() -> new SessionLifetime(Duration.ZERO, java.time.Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-lifetime");
        assertThatThrownBy(() -> new SessionLifetime(Duration.ofMinutes(-1), java.time.Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
