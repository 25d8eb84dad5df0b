package org.claimdesk.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthLogLinesTest {

    @Test
    void a_username_cannot_forge_a_second_log_line() {
        assertThat(AuthLog.quoted("x\nsign-in outcome=SUCCESS username=\"admin\""))
                .isEqualTo("\"x\\nsign-in outcome=SUCCESS username=\\\"admin\\\"\"")
                .doesNotContain("\n");
    }

    @Test
    void control_characters_are_escaped_and_usernames_are_keyed_in_lower_case() {
        assertThat(AuthLog.quoted("a\u0007b")).isEqualTo("\"a\\u0007b\"");
        assertThat(AuthLog.normalize("  Checker ")).isEqualTo("checker");
        assertThat(AuthLog.normalize("x".repeat(100))).hasSize(60);
    }
}
