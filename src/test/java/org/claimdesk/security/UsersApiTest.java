package org.claimdesk.security;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The users API and the own-password API over real HTTP. */
@ClaimDeskSpringTest
class UsersApiTest {

    @LocalServerPort
    int port;

    private Reply asDemo(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private Reply created(String name) throws Exception {
        Reply created = asDemo("POST", "/api/v1/users", "admin", Map.of("username", name, "displayName", "Api User",
                "email", "api@example.org", "roles", List.of("FACT_CHECKER")));
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    private static String newName() {
        return "api-" + TestArticles.uniqueTag();
    }

    @Test
    void an_admin_lists_and_creates_users_and_the_one_time_password_is_in_the_answer_once() throws Exception {
        String name = newName();
        Reply created = created(name);
        assertThat(created.body().get("user").get("username").asString()).isEqualTo(name);
        assertThat(created.body().get("user").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.body().get("user").has("passwordHash")).isFalse();
        assertThat(created.body().get("oneTimePassword").asString()).hasSizeGreaterThanOrEqualTo(10);

        Reply list = asDemo("GET", "/api/v1/users", "admin", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().valueStream().map(u -> u.get("username").asString())).contains(name, "checker");
        assertThat(list.body().toString()).doesNotContain(created.body().get("oneTimePassword").asString())
                .doesNotContain("password\":\"").doesNotContain("$2a$");
    }

    @Test
    void a_duplicate_is_409_bad_input_400_naming_the_field_and_a_non_admin_403() throws Exception {
        Reply duplicate = asDemo("POST", "/api/v1/users", "admin", Map.of("username", "checker", "displayName", "Dup",
                "roles", List.of("EDITOR")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");

        Reply badMail = asDemo("POST", "/api/v1/users", "admin", Map.of("username", newName(), "displayName", "Bad",
                "email", "nobody", "roles", List.of("EDITOR")));
        assertThat(badMail.status()).isEqualTo(400);
        assertThat(badMail.body().get("field").asString()).isEqualTo("email");

        Reply noRoles = asDemo("POST", "/api/v1/users", "admin", Map.of("username", newName(), "displayName", "None",
                "roles", List.of()));
        assertThat(noRoles.status()).isEqualTo(400);
        assertThat(noRoles.body().get("field").asString()).isEqualTo("roles");

        for (String user : List.of("editor", "checker")) {
            Reply refused = asDemo("GET", "/api/v1/users", user, null);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(asDemo("POST", "/api/v1/users", user, Map.of("username", newName(), "displayName", "Sneaky",
                    "roles", List.of("ADMIN"))).status()).isEqualTo(403);
        }
    }

    @Test
    void an_admin_edits_a_user_a_stale_edit_is_409_naming_who_and_a_disabled_user_gets_401() throws Exception {
        String name = newName();
        Reply created = created(name);
        String password = created.body().get("oneTimePassword").asString();
        long version = created.body().get("user").get("version").asLong();

        Reply edited = asDemo("PUT", "/api/v1/users/" + name, "admin", Map.of("displayName", "Api Renamed",
                "email", "renamed@example.org", "roles", List.of("EDITOR"), "enabled", true, "version", version));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("roles").valueStream().map(r -> r.asString())).containsExactly("EDITOR");

        Reply stale = asDemo("PUT", "/api/v1/users/" + name, "admin", Map.of("displayName", "Too Late",
                "roles", List.of("EDITOR"), "enabled", true, "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("changedBy").asString()).isEqualTo("admin");
        assertThat(stale.body().get("detail").asString()).startsWith("admin changed the user " + name);

        Reply disabled = asDemo("PUT", "/api/v1/users/" + name, "admin", Map.of("displayName", "Api Renamed",
                "roles", List.of("EDITOR"), "enabled", false, "version", edited.body().get("version").asLong()));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        Reply shut = new UserHttp(port).api("PUT", "/api/v1/me/password", name, password,
                Map.of("currentPassword", password, "newPassword", "would-be-mine-1"));
        assertThat(shut.status()).isEqualTo(401);
        assertThat(shut.contentType()).startsWith("application/problem+json");

        assertThat(asDemo("PUT", "/api/v1/users/nobody-" + TestArticles.uniqueTag(), "admin", Map.of("displayName",
                "X", "roles", List.of("EDITOR"), "enabled", true, "version", 0)).status()).isEqualTo(404);
    }

    @Test
    void a_user_with_an_admins_password_must_change_it_before_any_other_call() throws Exception {
        String name = newName();
        String password = created(name).body().get("oneTimePassword").asString();
        UserHttp http = new UserHttp(port);

        Reply first = http.api("GET", "/api/v1/articles", name, password, null);
        assertThat(first.status()).isEqualTo(403);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat(first.body().get("detail").asString()).startsWith("Change your password first");

        Reply wrong = http.api("PUT", "/api/v1/me/password", name, password,
                Map.of("currentPassword", "not-it-at-all", "newPassword", "my-own-password-2"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("field").asString()).isEqualTo("currentPassword");
        Reply tooShort = http.api("PUT", "/api/v1/me/password", name, password,
                Map.of("currentPassword", password, "newPassword", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body().get("field").asString()).isEqualTo("newPassword");

        assertThat(http.api("PUT", "/api/v1/me/password", name, password,
                Map.of("currentPassword", password, "newPassword", "my-own-password-2")).status()).isEqualTo(204);
        assertThat(http.api("GET", "/api/v1/articles", name, password, null).status()).isEqualTo(401);
        assertThat(http.api("GET", "/api/v1/articles", name, "my-own-password-2", null).status()).isEqualTo(200);
    }

    @Test
    void a_password_reset_answers_a_new_one_time_password_that_must_be_changed() throws Exception {
        String name = newName();
        Reply created = created(name);
        Reply reset = asDemo("POST", "/api/v1/users/" + name + "/password-reset", "admin",
                Map.of("version", created.body().get("user").get("version").asLong()));
        assertThat(reset.status()).isEqualTo(200);
        String password = reset.body().get("oneTimePassword").asString();
        assertThat(password).isNotEqualTo(created.body().get("oneTimePassword").asString());
        assertThat(new UserHttp(port).api("GET", "/api/v1/articles", name, password, null).status()).isEqualTo(403);
        assertThat(asDemo("POST", "/api/v1/users/" + name + "/password-reset", "editor", Map.of("version", 1))
                .status()).isEqualTo(403);
    }
}
