package org.claimdesk.security;

import org.claimdesk.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Two nodes started at once on an empty database: the one that loses the race to create the admin still starts. */
class InitialAccountsRaceTest {

    @Test
    void a_node_whose_admin_another_node_created_first_starts_anyway() {
        UserService users = mock(UserService.class);
        when(users.hasAnyUser()).thenReturn(false);
        when(users.createUser(anyString(), anyString(), anyString(), any()))
                .thenThrow(new DataIntegrityViolationException("duplicate key value violates unique constraint"));
        assertThatCode(() -> new InitialAccounts(users, false, "a-long-password").run(null)).doesNotThrowAnyException();
    }

    @Test
    void a_node_that_sees_the_demo_accounts_taken_midway_starts_anyway() {
        UserService users = mock(UserService.class);
        when(users.hasAnyUser()).thenReturn(false);
        when(users.createUser(anyString(), anyString(), anyString(), any()))
                .thenThrow(new ConflictException("The username admin is taken.", Map.of("username", "admin")));
        assertThatCode(() -> new InitialAccounts(users, true, "").run(null)).doesNotThrowAnyException();
    }
}
