package org.claimdesk.security;

import org.claimdesk.AsUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside the embedded demo set-up there are no demo accounts: one admin, with the configured password. */
@SpringBootTest(properties = {"claimdesk.demo-data=false", "claimdesk.admin-password=s3cret-admin-pass",
        "spring.datasource.url=jdbc:h2:mem:prod-accounts;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class ProductionAccountsTest {

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void only_the_first_admin_exists_with_the_password_from_the_environment() {
        AsUser.signIn("admin", "ADMIN");
        assertThat(users.listUsers()).extracting(UserSummary::username).containsExactly("admin");
        assertThat(encoder.matches("s3cret-admin-pass", users.loadUserByUsername("admin").getPassword())).isTrue();
        assertThat(users.demoAccountsShownAtSignIn()).isEmpty();
    }
}
