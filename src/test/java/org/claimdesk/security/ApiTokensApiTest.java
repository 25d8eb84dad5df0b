package org.claimdesk.security;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens over real HTTP, as a script uses them: Bearer on /api/**, created, listed and revoked by their owner. */
@ClaimDeskSpringTest
class ApiTokensApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    UserAdministration admin;

    private Reply asDemo(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private JsonNode created(String user, Object body) throws Exception {
        Reply created = asDemo("POST", "/api/v1/me/tokens", user, body);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body();
    }

    private JsonNode created(String user) throws Exception {
        return created(user, Map.of("name", "script " + TestArticles.uniqueTag()));
    }

    private static List<Long> articleIds(Reply page) {
        return page.body().get("items").valueStream().map(a -> a.get("id").asLong()).toList();
    }

    private static void assertUnauthorizedProblem(Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_script_with_a_token_acts_as_its_owner_with_the_owners_team_scope() throws Exception {
        String token = created("metro").get("token").asString();
        assertThat(token).startsWith("cdt_").hasSize(47);
        BearerClient script = new BearerClient(port);

        Reply queue = script.bearer("/api/v1/me/queue", token);
        assertThat(queue.status()).isEqualTo(200);
        Reply articles = script.bearer("/api/v1/articles?size=100", token);
        assertThat(articles.status()).isEqualTo(200);
        assertThat(articleIds(articles)).as("the same articles as metro with a password")
                .containsExactlyElementsOf(articleIds(asDemo("GET", "/api/v1/articles?size=100", "metro", null)))
                .isNotEqualTo(articleIds(asDemo("GET", "/api/v1/articles?size=100", "checker", null)));
        assertThat(script.bearer("/api/v1/users", token).status()).as("a fact-checker's role, not more")
                .isEqualTo(403);
        assertThat(script.bearer("/api/v1/openapi.json", token).status()).as("and the API's documentation")
                .isEqualTo(200);
    }

    @Test
    void the_token_is_shown_once_and_the_database_holds_only_its_hash() throws Exception {
        JsonNode created = created("checker");
        String token = created.get("token").asString();
        long id = created.get("id").asLong();

        Reply list = asDemo("GET", "/api/v1/me/tokens", "checker", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().valueStream().map(t -> t.get("id").asLong())).contains(id);
        assertThat(list.body().toString()).doesNotContain(token).doesNotContain(token.substring(4));

        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", id);
        assertThat(row.toString()).doesNotContain(token).doesNotContain(token.substring(4));
        assertThat(String.valueOf(row.get("TOKEN_HASH") != null ? row.get("TOKEN_HASH") : row.get("token_hash")))
                .isEqualTo(TokenSecrets.hash(token)).hasSize(64);
    }

    @Test
    void a_revoked_token_is_401_and_another_user_cannot_revoke_mine() throws Exception {
        JsonNode created = created("checker");
        String token = created.get("token").asString();
        long id = created.get("id").asLong();
        BearerClient script = new BearerClient(port);

        Reply notTheirs = asDemo("DELETE", "/api/v1/me/tokens/" + id, "checker2", null);
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.contentType()).startsWith("application/problem+json");
        assertThat(script.bearer("/api/v1/me/queue", token).status()).isEqualTo(200);

        assertThat(asDemo("DELETE", "/api/v1/me/tokens/" + id, "checker", null).status()).isEqualTo(204);
        assertUnauthorizedProblem(script.bearer("/api/v1/me/queue", token));
        JsonNode listed = asDemo("GET", "/api/v1/me/tokens", "checker", null).body().valueStream()
                .filter(t -> t.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(listed.get("revokedBy").asString()).isEqualTo("checker");
        assertThat(listed.get("active").asBoolean()).isFalse();
    }

    @Test
    void an_admin_revokes_anyones_token_and_nobody_else_may() throws Exception {
        JsonNode created = created("checker2");
        long id = created.get("id").asLong();
        assertThat(asDemo("DELETE", "/api/v1/users/checker2/tokens/" + id, "editor", null).status()).isEqualTo(403);
        assertThat(asDemo("GET", "/api/v1/users/checker2/tokens", "admin", null).body().valueStream()
                .map(t -> t.get("id").asLong())).contains(id);

        assertThat(asDemo("DELETE", "/api/v1/users/checker2/tokens/" + id, "admin", null).status()).isEqualTo(204);
        assertUnauthorizedProblem(new BearerClient(port).bearer("/api/v1/me/queue", created.get("token").asString()));
    }

    @Test
    void an_expired_token_is_401_and_one_expiring_today_still_works() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode created = created("checker", Map.of("name", "until today", "expiresOn", today.toString()));
        String token = created.get("token").asString();
        BearerClient script = new BearerClient(port);
        assertThat(script.bearer("/api/v1/me/queue", token).status()).isEqualTo(200);

        jdbc.update("update api_token set expires_on = ? where id = ?", Date.valueOf(today.minusDays(1)),
                created.get("id").asLong());
        assertUnauthorizedProblem(script.bearer("/api/v1/me/queue", token));

        Reply past = asDemo("POST", "/api/v1/me/tokens", "checker", Map.of("name", "too late",
                "expiresOn", today.minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().get("field").asString()).isEqualTo("expiresOn");
    }

    @Test
    void an_unknown_or_garbled_token_is_a_401_problem() throws Exception {
        BearerClient script = new BearerClient(port);
        String unknown = TokenSecrets.newToken();
        for (String header : List.of("Bearer " + unknown, "Bearer nonsense", "Bearer ", "Bearer cdt_' or 1=1 --",
                "bearer " + unknown.substring(0, 20))) {
            Reply reply = script.get("/api/v1/me/queue", header);
            assertUnauthorizedProblem(reply);
            assertThat(reply.body().get("detail").asString()).as(header).contains("token");
        }
        Reply none = script.get("/api/v1/me/queue", null);
        assertUnauthorizedProblem(none);
        assertThat(none.body().get("detail").asString()).contains("Bearer");
    }

    @Test
    void a_disabled_owners_token_is_401() throws Exception {
        String name = "tok-" + TestArticles.uniqueTag();
        AsUser.signIn("admin", "ADMIN");
        admin.create(new NewUser(name, "Toby Token", null, Set.of(Role.FACT_CHECKER), "toby-own-password-1"));
        AsUser.signIn(name, "FACT_CHECKER");
        String token = tokens.create("cron job", null).token();
        BearerClient script = new BearerClient(port);
        // an admin chose this password: the token gets the same answer as Basic would, change it first
        Reply first = script.bearer("/api/v1/me/queue", token);
        assertThat(first.status()).isEqualTo(403);
        assertThat(first.body().get("detail").asString()).startsWith("Change your password first");

        AsUser.signIn("admin", "ADMIN");
        admin.setEnabled(name, false, admin.get(name).version());
        assertUnauthorizedProblem(script.bearer("/api/v1/me/queue", token));
    }

    @Test
    void the_last_use_is_recorded() throws Exception {
        JsonNode created = created("checker");
        long id = created.get("id").asLong();
        assertThat(lastUsed(id)).isNull();

        assertThat(new BearerClient(port).bearer("/api/v1/me/queue", created.get("token").asString()).status())
                .isEqualTo(200);
        assertThat(lastUsed(id)).isNotNull();
    }

    private JsonNode lastUsed(long id) throws Exception {
        JsonNode t = asDemo("GET", "/api/v1/me/tokens", "checker", null).body().valueStream()
                .filter(n -> n.get("id").asLong() == id).findFirst().orElseThrow();
        return t.get("lastUsedAt").isNull() ? null : t.get("lastUsedAt");
    }
}
