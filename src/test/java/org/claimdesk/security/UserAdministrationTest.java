package org.claimdesk.security;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.audit.AuditService;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The rules of user administration and of changing one's own password, through the services. */
@ClaimDeskSpringTest
class UserAdministrationTest {

    @Autowired
    UserAdministration admin;
    @Autowired
    OwnPassword ownPassword;
    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditService audit;

    @BeforeEach
    void signInAsAdmin() {
        AsUser.signIn("admin", "ADMIN");
    }

    private static String newName() {
        return "user-" + TestArticles.uniqueTag(); // longer than the shortest password
    }

    private IssuedPassword created(String username) {
        return admin.create(new NewUser(username, "Nora New", "nora@example.org", Set.of(Role.FACT_CHECKER), null));
    }

    @Test
    void an_admin_creates_a_user_who_gets_a_one_time_password_to_change_at_first_sign_in() {
        String name = newName();
        IssuedPassword issued = created(name);

        assertThat(issued.oneTimePassword()).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(issued.user()).satisfies(u -> {
            assertThat(u.username()).isEqualTo(name);
            assertThat(u.displayName()).isEqualTo("Nora New");
            assertThat(u.email()).isEqualTo("nora@example.org");
            assertThat(u.roles()).containsExactly(Role.FACT_CHECKER);
            assertThat(u.enabled()).isTrue();
            assertThat(u.mustChangePassword()).isTrue();
        });
        assertThat(passwordEncoder.matches(issued.oneTimePassword(), accounts.findByUsername(name).orElseThrow()
                .getPasswordHash())).isTrue();
        assertThat(users.mustChangePassword(name)).isTrue();
        assertThat(admin.list()).extracting(UserAccountDetails::username).contains(name, "admin", "checker");
    }

    @Test
    void a_password_the_admin_sets_is_kept_and_not_shown_back() {
        String name = newName();
        IssuedPassword issued = admin.create(new NewUser(name, "Sam Set", null, Set.of(Role.EDITOR),
                "chosen-by-admin-1"));
        assertThat(issued.oneTimePassword()).isNull();
        assertThat(issued.toString()).doesNotContain("chosen-by-admin-1");
        assertThat(passwordEncoder.matches("chosen-by-admin-1",
                accounts.findByUsername(name).orElseThrow().getPasswordHash())).isTrue();
        assertThat(issued.user().mustChangePassword()).isTrue();
    }

    @Test
    void a_taken_username_is_a_conflict() {
        assertThatThrownBy(() -> created("checker")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("taken");
    }

    @Test
    void a_bad_email_a_bad_username_no_roles_or_a_short_password_are_refused_naming_the_field() {
        assertRefused(() -> admin.create(new NewUser(newName(), "Bad Mail", "not-an-address", Set.of(Role.EDITOR), null)),
                "email");
        assertRefused(() -> admin.create(new NewUser("Bad Name!", "Bad Name", null, Set.of(Role.EDITOR), null)),
                "username");
        assertRefused(() -> admin.create(new NewUser(newName(), "No Roles", null, Set.of(), null)), "roles");
        assertRefused(() -> admin.create(new NewUser(newName(), " ", null, Set.of(Role.EDITOR), null)), "displayName");
        assertRefused(() -> admin.create(new NewUser(newName(), "Short", null, Set.of(Role.EDITOR), "short")),
                "password");
        String name = newName();
        assertRefused(() -> admin.create(new NewUser(name, "Same", null, Set.of(Role.EDITOR), name)), "password");
    }

    @Test
    void an_edit_sets_display_name_email_and_roles_and_is_in_the_history_without_any_password() {
        IssuedPassword issued = created(newName());
        UserAccountDetails u = issued.user();
        UserAccountDetails edited = admin.update(u.username(), new UserEdit("Nora Renamed", "nora@example.com",
                Set.of(Role.EDITOR, Role.FACT_CHECKER), true, u.version()));
        assertThat(edited.displayName()).isEqualTo("Nora Renamed");
        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.FACT_CHECKER);
        assertThat(edited.version()).isGreaterThan(u.version());
        admin.resetPassword(u.username(), edited.version());

        assertThat(audit.history(UserAdministration.ENTITY, u.id()))
                .extracting(HistoryEntry::action, HistoryEntry::field, HistoryEntry::before, HistoryEntry::after,
                        HistoryEntry::actor)
                .containsExactly(
                        tuple("CREATED", null, null, u.username(), "admin"),
                        tuple("CREATED", "displayName", null, "Nora New", "admin"),
                        tuple("CREATED", "email", null, "nora@example.org", "admin"),
                        tuple("CREATED", "roles", null, "FACT_CHECKER", "admin"),
                        tuple("EDITED", "displayName", "Nora New", "Nora Renamed", "admin"),
                        tuple("EDITED", "email", "nora@example.org", "nora@example.com", "admin"),
                        tuple("EDITED", "roles", "FACT_CHECKER", "EDITOR, FACT_CHECKER", "admin"),
                        tuple("PASSWORD_RESET", "password", null, null, "admin"));
        assertThat(audit.history(UserAdministration.ENTITY, u.id()))
                .noneSatisfy(e -> assertThat(String.valueOf(e.after()) + e.before())
                        .contains(issued.oneTimePassword()));
    }

    @Test
    void a_stale_edit_is_a_conflict_naming_who_changed_the_user() {
        UserAccountDetails u = created(newName()).user();
        AsUser.signIn("admin", "ADMIN");
        admin.update(u.username(), new UserEdit("First Edit", null, u.roles(), true, u.version()));
        assertThatThrownBy(() -> admin.update(u.username(), new UserEdit("Second Edit", null, u.roles(), true,
                u.version())))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("admin changed the user " + u.username())
                .satisfies(e -> assertThat(((ConflictException) e).properties()).containsEntry("changedBy", "admin"));
        assertThat(admin.get(u.username()).displayName()).isEqualTo("First Edit");
    }

    @Test
    void a_disabled_user_cannot_sign_in_until_enabled_again() {
        UserAccountDetails u = created(newName()).user();
        UserAccountDetails disabled = admin.setEnabled(u.username(), false, u.version());
        assertThat(disabled.enabled()).isFalse();
        assertThat(users.loadUserByUsername(u.username()).isEnabled()).isFalse();
        assertThat(audit.history(UserAdministration.ENTITY, u.id()))
                .extracting(HistoryEntry::action, HistoryEntry::before, HistoryEntry::after)
                .contains(tuple("DISABLED", "true", "false"));

        UserAccountDetails enabled = admin.setEnabled(u.username(), true, disabled.version());
        assertThat(enabled.enabled()).isTrue();
        assertThat(users.loadUserByUsername(u.username()).isEnabled()).isTrue();
    }

    @Test
    void an_admin_neither_disables_themselves_nor_takes_their_own_admin_role() {
        UserAccountDetails me = admin.get("admin");
        assertRefused(() -> admin.setEnabled("admin", false, me.version()), "enabled");
        assertRefused(() -> admin.update("admin", new UserEdit(me.displayName(), me.email(), Set.of(Role.EDITOR),
                true, me.version())), "roles");
        assertThat(admin.get("admin").enabled()).isTrue();
    }

    @Test
    void a_reset_gives_a_new_one_time_password_the_user_must_change_at_next_sign_in() {
        IssuedPassword first = created(newName());
        String name = first.user().username();
        AsUser.signIn(name, "FACT_CHECKER");
        ownPassword.change(first.oneTimePassword(), "my-own-password-1");
        assertThat(users.mustChangePassword(name)).isFalse();

        AsUser.signIn("admin", "ADMIN");
        IssuedPassword reset = admin.resetPassword(name, admin.get(name).version());
        assertThat(reset.oneTimePassword()).isNotEqualTo(first.oneTimePassword());
        assertThat(reset.user().mustChangePassword()).isTrue();
        String hash = accounts.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches(reset.oneTimePassword(), hash)).isTrue();
        assertThat(passwordEncoder.matches("my-own-password-1", hash)).isFalse();
    }

    @Test
    void a_user_changes_their_own_password_with_the_current_one() {
        IssuedPassword issued = created(newName());
        String name = issued.user().username();
        AsUser.signIn(name, "FACT_CHECKER");
        assertThat(ownPassword.mustChange()).isTrue();

        ownPassword.change(issued.oneTimePassword(), "a-better-password");

        assertThat(ownPassword.mustChange()).isFalse();
        assertThat(passwordEncoder.matches("a-better-password",
                accounts.findByUsername(name).orElseThrow().getPasswordHash())).isTrue();
        AsUser.signIn("admin", "ADMIN");
        assertThat(audit.history(UserAdministration.ENTITY, issued.user().id()))
                .extracting(HistoryEntry::action, HistoryEntry::before, HistoryEntry::after, HistoryEntry::actor)
                .contains(tuple("PASSWORD_CHANGED", null, null, name));
    }

    @Test
    void a_wrong_current_password_a_short_one_or_the_username_as_password_are_refused() {
        IssuedPassword issued = created(newName());
        String name = issued.user().username();
        AsUser.signIn(name, "FACT_CHECKER");
        assertRefused(() -> ownPassword.change("not-the-password", "a-better-password"), "currentPassword");
        assertRefused(() -> ownPassword.change(issued.oneTimePassword(), "too-short"), "newPassword");
        assertRefused(() -> ownPassword.change(issued.oneTimePassword(), name), "newPassword");
        assertRefused(() -> ownPassword.change(issued.oneTimePassword(), "é".repeat(40)), "newPassword");
        assertThat(ownPassword.mustChange()).isTrue();
    }

    @Test
    void only_admins_administer_users() {
        UserAccountDetails u = created(newName()).user();
        AsUser.signIn("editor", "EDITOR");
        assertThatThrownBy(() -> admin.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.get(u.username())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> created(newName())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.update(u.username(), new UserEdit("X", null, Set.of(Role.ADMIN), true,
                u.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.setEnabled(u.username(), false, u.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword(u.username(), u.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).field()).isEqualTo(field));
    }
}
