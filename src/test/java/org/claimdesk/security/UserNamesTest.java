package org.claimdesk.security;

import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Names hold text: a display name with a control character is refused naming the field, and a sign-in name
 * that no account can have never reaches the database (PostgreSQL fails on NUL instead of finding nobody).
 * A unit test: all Spring tests share one application context.
 */
class UserNamesTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final UserService users = new UserService(accounts, mock(PasswordEncoder.class), mock(DemoData.class),
            java.time.Clock.systemUTC());

    @Test
    void a_display_name_with_a_control_character_is_refused() {
        assertThatThrownBy(() -> users.createUser("ann", "Ann\u0007", "secret-pass", Set.of(Role.FACT_CHECKER)))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).field()).isEqualTo("displayName"));
        verify(accounts, never()).save(any());
    }

    @Test
    void a_sign_in_name_with_a_nul_is_unknown_without_asking_the_database() {
        assertThatThrownBy(() -> users.loadUserByUsername("check\u0000er")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> users.loadUserByUsername("\ud800")).isInstanceOf(UsernameNotFoundException.class);
        verify(accounts, never()).findByUsername(anyString());
    }
}
