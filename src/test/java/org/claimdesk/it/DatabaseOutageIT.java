package org.claimdesk.it;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database goes away under a running application and comes back: the app, a real process on PostgreSQL,
 * reaches the database through a TCP proxy this test controls (the shared server itself keeps running). While
 * it is cut off, the API answers 503 problem+json "database unavailable" with Retry-After within seconds and the
 * public health is DOWN (503); once it is back, without a restart, the data written before is there and new
 * writes succeed.
 */
class DatabaseOutageIT {

    /** Hikari's connection timeout is 5 s; an answer during the outage must not take Hikari's default 30 s. */
    private static final Duration QUICK = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;

    private Process app;
    private DatabaseProxy proxy;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void with_the_database_cut_off_the_api_answers_503_and_when_it_returns_work_continues_without_a_restart()
            throws Exception {
        String url = System.getenv("CLAIMDESK_TEST_POSTGRES_URL");
        assumeTrue(url != null, "CLAIMDESK_TEST_POSTGRES_URL is not set (.ci/run sets it): the outage test needs "
                + "PostgreSQL and is skipped");
        URI db = URI.create(url.substring("jdbc:".length()));
        proxy = new DatabaseProxy(db.getHost(), db.getPort() > 0 ? db.getPort() : 5432);
        int port = AppProcess.freePort();
        String viaProxy = "jdbc:postgresql://localhost:" + proxy.port() + db.getRawPath()
                + (db.getRawQuery() != null ? "?" + db.getRawQuery() : "");
        app = AppProcess.start(port, "outage", concat(AppProcess.postgres(viaProxy), "--claimdesk.data-dir=" + dataDir));
        ApiClient api = new ApiClient(port);
        String tag = TestArticles.uniqueTag();
        Reply before = api.call("POST", "/api/v1/articles", "checker",
                Map.of("title", "Outage " + tag, "text", TestArticles.story(tag)));
        assertThat(before.status()).isEqualTo(201);
        long id = before.body().get("id").asLong();

        proxy.cutOff();
        Instant t0 = Instant.now();
        HttpResponse<String> read = raw(port, "GET", "/api/v1/articles/" + id, null, true);
        Duration readTook = Duration.between(t0, Instant.now());
        assertUnavailable(read);
        assertThat(readTook).as("a read during the outage answers within seconds").isLessThan(QUICK);
        String tag2 = TestArticles.uniqueTag();
        HttpResponse<String> write = raw(port, "POST", "/api/v1/articles",
                api.json().writeValueAsString(Map.of("title", "Outage " + tag2, "text", TestArticles.story(tag2))), true);
        assertUnavailable(write);
        HttpResponse<String> health = raw(port, "GET", "/actuator/health", null, false);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
        System.out.printf("outage: read answered %d in %d ms, write %d, health %d %s%n", read.statusCode(),
                readTook.toMillis(), write.statusCode(), health.statusCode(), health.body());

        proxy.restore();
        Instant back = Instant.now();
        Reply again = null;
        while (Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
            again = api.call("GET", "/api/v1/articles/" + id, "checker", null);
            if (again.status() == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(again.status()).as("the article written before the outage, once the database is back").isEqualTo(200);
        assertThat(again.body().get("title").asString()).isEqualTo("Outage " + tag);
        System.out.printf("outage: work continued %d ms after the database returned%n",
                Duration.between(back, Instant.now()).toMillis());
        Reply after = api.call("POST", "/api/v1/articles", "checker",
                Map.of("title", "After outage " + tag2, "text", TestArticles.story(tag2)));
        assertThat(after.status()).as("a write after the outage: %s", after.body()).isEqualTo(201);
        assertThat(api.call("GET", "/api/v1/articles/" + after.body().get("id").asLong(), "checker", null).status())
                .isEqualTo(200);
        assertThat(raw(port, "GET", "/actuator/health", null, false).statusCode()).isEqualTo(200);
    }

    private static void assertUnavailable(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("database is unavailable");
    }

    /** With the headers, which ApiClient does not keep. */
    private static HttpResponse<String> raw(int port, String method, String path, String json, boolean signedIn)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (signedIn) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("checker:checker".getBytes()));
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.List<String> concat(java.util.List<String> args, String more) {
        java.util.List<String> all = new java.util.ArrayList<>(args);
        all.add(more);
        return all;
    }
}
