package org.claimdesk.security;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Outside the embedded demo set-up there are no demo accounts: one admin, with the configured password or a
 * generated one. (A unit test on purpose: all Spring tests share one application context.)
 */
class ProductionAccountsTest {

    private final UserService users = mock(UserService.class);

    @Test
    void only_the_first_admin_is_created_with_the_password_from_the_environment() {
        when(users.hasAnyUser()).thenReturn(false);
        new InitialAccounts(users, false, "s3cret-admin-pass").run(null);
        verify(users, times(1)).createUser(eq("admin"), anyString(), eq("s3cret-admin-pass"), eq(Set.of(Role.ADMIN)));
        verify(users, never()).createUser(eq("checker"), anyString(), anyString(), any());
    }

    @Test
    @SuppressWarnings("unchecked")
    void without_a_configured_password_a_long_random_one_is_generated() {
        when(users.hasAnyUser()).thenReturn(false);
        new InitialAccounts(users, false, "").run(null);
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(users).createUser(eq("admin"), anyString(), password.capture(), any(Set.class));
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo("admin");
    }

    @Test
    void the_embedded_demo_set_up_creates_the_four_demo_accounts_once() {
        when(users.hasAnyUser()).thenReturn(false);
        new InitialAccounts(users, true, "").run(null);
        for (DemoAccount a : DemoAccount.ALL) {
            verify(users).createUser(a.username(), a.displayName(), a.password(), Set.of(a.role()));
        }
        when(users.hasAnyUser()).thenReturn(true);
        new InitialAccounts(users, true, "").run(null);
        verify(users, times(DemoAccount.ALL.size())).createUser(anyString(), anyString(), anyString(), any());
    }
}
