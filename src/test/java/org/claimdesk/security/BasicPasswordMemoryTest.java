package org.claimdesk.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * HTTP Basic pays bcrypt once per credentials and {@link VerifiedPasswords#TTL}, not on every request (issue 11:
 * 64 parallel Basic calls of one user served ~2 requests/s), and the memory of it never outlives a change.
 */
class BasicPasswordMemoryTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4); // strength 4: fast enough for a test
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final UserService users = mock(UserService.class);
    private final SignInThrottle throttle = mock(SignInThrottle.class);
    private final Instant[] now = {Instant.parse("2026-11-30T10:00:00Z")};
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now[0];
        }
    };
    private ThrottledSignIn signIn;
    private String storedHash;

    @BeforeEach
    void setUp() {
        storedHash = bcrypt.encode("s3cret-pass");
        when(users.loadUserByUsername("checker")).thenAnswer(call -> User.withUsername("checker")
                .password(storedHash).roles("FACT_CHECKER").build());
        when(throttle.standing(anyString(), any())).thenReturn(new SignInThrottle.Standing(Optional.empty(), 0));
        signIn = new ThrottledSignIn(users, counting, throttle, mock(AuthLog.class), clock);
        overBasic(true);
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void overBasic(boolean basic) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/claims");
        if (basic) {
            request.addHeader("Authorization", "Basic Y2hlY2tlcjpzM2NyZXQtcGFzcw==");
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private Authentication signIn(String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("checker", password));
    }

    @Test
    void repeated_basic_calls_with_the_same_credentials_run_bcrypt_once() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("s3cret-pass").isAuthenticated()).isTrue();
        }
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_checked_with_bcrypt_and_refused_though_the_right_one_was_remembered() {
        signIn("s3cret-pass");
        assertThatThrownBy(() -> signIn("s3cret-pasS")).isInstanceOf(BadCredentialsException.class);
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void a_changed_password_takes_effect_at_once() {
        signIn("s3cret-pass");
        storedHash = bcrypt.encode("another-secret");
        assertThatThrownBy(() -> signIn("s3cret-pass")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("another-secret").isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_is_refused_though_its_password_was_remembered() {
        signIn("s3cret-pass");
        when(users.loadUserByUsername("checker")).thenReturn(User.withUsername("checker").password(storedHash)
                .roles("FACT_CHECKER").disabled(true).build());
        assertThatThrownBy(() -> signIn("s3cret-pass")).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_remembered_check_is_forgotten_after_its_time() {
        signIn("s3cret-pass");
        now[0] = now[0].plus(VerifiedPasswords.TTL).plus(Duration.ofSeconds(1));
        signIn("s3cret-pass");
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void the_throttle_still_refuses_remembered_credentials_of_a_paused_account() {
        signIn("s3cret-pass");
        when(throttle.standing(anyString(), any()))
                .thenReturn(new SignInThrottle.Standing(Optional.of(Duration.ofMinutes(10)), 5));
        assertThatThrownBy(() -> signIn("s3cret-pass")).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void the_sign_in_form_keeps_the_full_check_every_time() {
        overBasic(false);
        signIn("s3cret-pass");
        signIn("s3cret-pass");
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void the_memory_is_bounded() {
        VerifiedPasswords verified = new VerifiedPasswords(clock);
        for (int i = 0; i <= VerifiedPasswords.MAX_ENTRIES; i++) {
            verified.remember("user" + i, "pw", "hash");
        }
        assertThat(verified.size()).isLessThanOrEqualTo(VerifiedPasswords.MAX_ENTRIES);
        assertThat(verified.holds("user" + VerifiedPasswords.MAX_ENTRIES, "pw", "hash")).isTrue();
        assertThat(verified.holds("user" + VerifiedPasswords.MAX_ENTRIES, "pw", "other hash")).isFalse();
    }
}
