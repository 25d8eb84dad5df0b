package org.claimdesk.webhook;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhooks API over real HTTP: admins only, the secret in the creation answer only, URLs checked. */
@ClaimDeskSpringTest
class WebhooksApiTest {

    @LocalServerPort
    int port;

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private static Map<String, Object> body(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        return body;
    }

    @Test
    void an_admin_registers_a_webhook_and_its_secret_is_in_the_creation_answer_only() throws Exception {
        Reply created = call("POST", "/api/v1/webhooks", "admin", body("http://127.0.0.1:9/api-created"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        long id = created.body().get("webhook").get("id").asLong();
        assertThat(created.body().get("webhook").get("enabled").asBoolean()).isTrue();
        assertThat(created.body().get("webhook").get("kinds").valueStream().map(k -> k.asString()))
                .containsExactlyInAnyOrder("PUBLISHED", "UNPUBLISHED", "UNDER_REVIEW", "REVERIFIED");

        Reply list = call("GET", "/api/v1/webhooks", "admin", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().valueStream().map(w -> w.get("id").asLong())).contains(id);
        assertThat(list.body().toString()).doesNotContain(secret).doesNotContain("secret");
        Reply one = call("GET", "/api/v1/webhooks/" + id, "admin", null);
        assertThat(one.body().toString()).doesNotContain(secret);

        Reply log = call("GET", "/api/v1/webhooks/" + id + "/deliveries", "admin", null);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body().isArray()).isTrue();

        assertThat(call("DELETE", "/api/v1/webhooks/" + id + "?version=" + one.body().get("version").asLong(),
                "admin", null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/webhooks/" + id, "admin", null).status()).isEqualTo(404);
    }

    @Test
    void an_admin_changes_a_webhook_and_a_stale_change_is_409_naming_who() throws Exception {
        Reply created = call("POST", "/api/v1/webhooks", "admin", body("http://127.0.0.1:9/api-changed"));
        long id = created.body().get("webhook").get("id").asLong();
        long version = created.body().get("webhook").get("version").asLong();

        Map<String, Object> change = body("http://127.0.0.1:9/api-changed-2");
        change.put("kinds", List.of("PUBLISHED", "UNPUBLISHED"));
        change.put("enabled", false);
        change.put("version", version);
        Reply changed = call("PUT", "/api/v1/webhooks/" + id, "admin", change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("url").asString()).endsWith("/api-changed-2");
        assertThat(changed.body().get("enabled").asBoolean()).isFalse();
        assertThat(changed.body().get("kinds").valueStream().map(k -> k.asString()))
                .containsExactlyInAnyOrder("PUBLISHED", "UNPUBLISHED");

        Reply stale = call("PUT", "/api/v1/webhooks/" + id, "admin", change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("detail").asString()).contains("admin changed webhook " + id);

        call("DELETE", "/api/v1/webhooks/" + id + "?version=" + changed.body().get("version").asLong(), "admin", null);
    }

    @Test
    void a_url_that_is_not_http_or_https_or_an_unknown_team_is_400_naming_the_field() throws Exception {
        for (String url : List.of("ftp://cms.example.org/hook", "javascript:alert(1)", "")) {
            Reply refused = call("POST", "/api/v1/webhooks", "admin", body(url));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asString()).isEqualTo("url");
        }
        Map<String, Object> unknownTeam = body("http://127.0.0.1:9/x");
        unknownTeam.put("teamId", 987654321L);
        Reply refused = call("POST", "/api/v1/webhooks", "admin", unknownTeam);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asString()).isEqualTo("teamId");
    }

    @Test
    void editors_and_fact_checkers_get_403_on_every_webhook_endpoint() throws Exception {
        for (String user : List.of("editor", "checker")) {
            assertThat(call("GET", "/api/v1/webhooks", user, null).status()).isEqualTo(403);
            Reply post = call("POST", "/api/v1/webhooks", user, body("https://cms.example.org/hook"));
            assertThat(post.status()).isEqualTo(403);
            assertThat(post.contentType()).startsWith("application/problem+json");
            Map<String, Object> put = body("https://cms.example.org/hook");
            put.put("version", 0);
            assertThat(call("PUT", "/api/v1/webhooks/1", user, put).status()).isEqualTo(403);
            assertThat(call("DELETE", "/api/v1/webhooks/1?version=0", user, null).status()).isEqualTo(403);
            assertThat(call("GET", "/api/v1/webhooks/1/deliveries", user, null).status()).isEqualTo(403);
        }
        assertThat(call("GET", "/api/v1/webhooks", null, null).status()).isEqualTo(401);
    }
}
