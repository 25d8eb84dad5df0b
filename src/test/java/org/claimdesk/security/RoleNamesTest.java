package org.claimdesk.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleNamesTest {

    @Test
    void the_role_name_constants_are_the_names_of_the_roles() {
        assertThat(Role.valueOf(Role.ADMIN_NAME)).isEqualTo(Role.ADMIN);
        assertThat(Role.valueOf(Role.EDITOR_NAME)).isEqualTo(Role.EDITOR);
        assertThat(Role.valueOf(Role.FACT_CHECKER_NAME)).isEqualTo(Role.FACT_CHECKER);
        assertThat(Role.ANY_STAFF).isEqualTo("hasAnyRole('ADMIN','EDITOR','FACT_CHECKER')");
    }
}
