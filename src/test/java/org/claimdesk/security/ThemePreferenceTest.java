package org.claimdesk.security;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimDeskSpringTest
class ThemePreferenceTest {

    @Autowired
    ThemePreference themes;
    @Autowired
    UserAdministration admin;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
    }

    private String aNewUser() {
        AsUser.signIn("admin", "ADMIN");
        String name = "theme" + org.claimdesk.TestArticles.uniqueTag();
        admin.create(new NewUser(name, "Theme Tester", null, Set.of(Role.FACT_CHECKER), null));
        AsUser.signIn(name, "FACT_CHECKER");
        return name;
    }

    @Test
    void a_user_starts_light_and_the_dark_choice_is_stored_on_their_account() {
        String name = aNewUser();
        assertThat(themes.mine()).isEqualTo(UiTheme.LIGHT);

        themes.set(UiTheme.DARK);

        assertThat(themes.mine()).isEqualTo(UiTheme.DARK);
        assertThat(jdbc.queryForObject("select theme from app_user where username = ?", String.class, name))
                .isEqualTo("DARK");
        themes.set(UiTheme.LIGHT);
        assertThat(themes.mine()).isEqualTo(UiTheme.LIGHT);
    }

    @Test
    void the_choice_is_each_users_own() {
        String first = aNewUser();
        themes.set(UiTheme.DARK);
        aNewUser();
        assertThat(themes.mine()).isEqualTo(UiTheme.LIGHT);
        AsUser.signIn(first, "FACT_CHECKER");
        assertThat(themes.mine()).isEqualTo(UiTheme.DARK);
    }

    @Test
    void an_admins_edit_of_the_account_neither_resets_the_theme_nor_is_made_stale_by_it() {
        String name = aNewUser();
        long versionBefore = jdbc.queryForObject("select version from app_user where username = ?", Long.class, name);
        themes.set(UiTheme.DARK);
        assertThat(jdbc.queryForObject("select version from app_user where username = ?", Long.class, name))
                .isEqualTo(versionBefore);

        AsUser.signIn("admin", "ADMIN");
        admin.update(name, new UserEdit("Renamed Tester", null, Set.of(Role.FACT_CHECKER), true, versionBefore));
        assertThat(jdbc.queryForObject("select theme from app_user where username = ?", String.class, name))
                .isEqualTo("DARK");
    }

    @Test
    void no_theme_is_refused() {
        aNewUser();
        assertThatThrownBy(() -> themes.set(null)).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void nobody_signed_in_may_set_or_read_one() {
        assertThatThrownBy(() -> themes.set(UiTheme.DARK))
                .isInstanceOfAny(AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> themes.mine())
                .isInstanceOfAny(AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
