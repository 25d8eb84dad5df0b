package org.claimdesk.it;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import is one transaction: the app, a real process, is killed (SIGKILL, no shutdown hook) while a large
 * article (near the 1 MB limit, thousands of claims) is being imported, restarted, and the article is either
 * there with every claim a dry extraction of the same text finds, or not there at all. On the embedded H2 and,
 * when CLAIMDESK_TEST_POSTGRES_URL is set, on PostgreSQL (there the kill waits until the import's inserts are
 * seen running in pg_stat_activity, so it lands in the middle of the write).
 */
class KilledDuringALargeImportIT {

    @TempDir
    Path dataDir;

    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
    }

    @Test
    void on_h2_a_killed_import_leaves_the_whole_article_or_nothing() throws Exception {
        killDuringImport("h2", List.of("--claimdesk.data-dir=" + dataDir), null);
    }

    @Test
    void on_postgresql_a_killed_import_leaves_the_whole_article_or_nothing() throws Exception {
        String url = System.getenv("CLAIMDESK_TEST_POSTGRES_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null,
                "CLAIMDESK_TEST_POSTGRES_URL is not set (.ci/run sets it): the PostgreSQL kill test is skipped");
        List<String> args = new ArrayList<>(AppProcess.postgres(url));
        args.add("--claimdesk.data-dir=" + dataDir);
        killDuringImport("postgres", args, url);
    }

    private void killDuringImport(String name, List<String> args, String postgresUrl) throws Exception {
        int port = AppProcess.freePort();
        app = AppProcess.start(port, "kill-" + name, args);
        ApiClient api = new ApiClient(port);

        // a complete import first: how long one takes (to time the kill), and that it keeps every claim
        String first = largeArticle(TestArticles.uniqueTag());
        int expectedFirst = dryExtraction(api, first);
        Instant t0 = Instant.now();
        Reply whole = api.call("POST", "/api/v1/articles", "checker", Map.of("title", "Large " + name, "text", first));
        Duration took = Duration.between(t0, Instant.now());
        assertThat(whole.status()).isEqualTo(201);
        assertThat(whole.body().get("claims").size()).isEqualTo(expectedFirst);

        String tag = TestArticles.uniqueTag();
        String text = largeArticle(tag);
        int expected = dryExtraction(api, text);
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                importRequest(port, "Killed " + tag, api.json().writeValueAsString(
                        Map.of("title", "Killed " + tag, "text", text))), HttpResponse.BodyHandlers.ofString());
        Instant sent = Instant.now();
        String when = postgresUrl != null && waitForInsertsRunning(postgresUrl, took.multipliedBy(2))
                ? "while its inserts ran (pg_stat_activity)" : "at 70% of a whole import's time";
        if (when.startsWith("at")) {
            Thread.sleep(Math.max(0, took.multipliedBy(7).dividedBy(10).minus(Duration.between(sent, Instant.now())).toMillis()));
        }
        long killedAfter = Duration.between(sent, Instant.now()).toMillis();
        app.destroyForcibly().waitFor();
        boolean answered = inFlight.isDone() && !inFlight.isCompletedExceptionally();

        app = AppProcess.start(port, "kill-" + name + "-restart", args);
        Reply found = api.call("GET", "/api/v1/articles?q=" + tag + "&size=5", "checker", null);
        JsonNode items = found.body().get("items");
        System.out.printf("kill-9 during import (%s): a whole import of %d chars (%d claims) took %d ms; killed %d ms "
                        + "after sending, %s; answered before the kill: %s; after restart: %s%n", name, text.length(),
                expected, took.toMillis(), killedAfter, when, answered,
                items.isEmpty() ? "no article" : "the article");
        assertThat(items.size()).as("articles of the killed import").isLessThanOrEqualTo(1);
        if (!items.isEmpty()) {
            long id = items.get(0).get("id").asLong();
            Reply claims = api.call("GET", "/api/v1/articles/" + id + "/claims", "checker", null);
            assertThat(claims.body().size()).as("claims of the article that survived the kill").isEqualTo(expected);
        }
        assertThat(api.call("GET", "/api/v1/articles/" + whole.body().get("id").asLong() + "/claims", "checker", null)
                .body().size()).as("the import completed before the kill").isEqualTo(expectedFirst);
    }

    /** Just under the 1 MB limit: sourced claims, each with a figure, in paragraphs made unique by the tag. */
    static String largeArticle(String tag) {
        StringBuilder text = new StringBuilder("Regional water report " + tag + "\n\n");
        String[] people = {"Miriam Okafor", "Pavel Dragan", "Lena Hoff", "Tomas Ruiz", "Anja Berg"};
        for (int i = 0; ; i++) {
            String paragraph = ("GREENFIELD, May 2 -- Board chair %s said on Tuesday that reservoir %s-%d held %d percent "
                    + "of its capacity, the lowest level in %d years.\n\n"
                    + "Farmers' union leader %s warned that some %d hectares of crops in district %d could fail if the "
                    + "dry spell lasted into June.\n\n").formatted(people[i % 5], tag, i, 10 + i % 80, 2 + i % 30,
                    people[(i + 2) % 5], 1000 + i, i);
            if (text.length() + paragraph.length() > 990_000) {
                return text.toString();
            }
            text.append(paragraph);
        }
    }

    private static int dryExtraction(ApiClient api, String text) throws Exception {
        HttpResponse<String> r = api.postText("/api/v1/extract", "checker", text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        int claims = api.json().readTree(r.body()).size();
        assertThat(claims).as("claims in the large article").isGreaterThan(1000);
        return claims;
    }

    private static HttpRequest importRequest(int port, String title, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("checker:checker".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** True once a session of the app is inside a transaction that has inserted claims, within the limit. */
    private static boolean waitForInsertsRunning(String jdbcUrl, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "claimdesk", "claimdesk");
             Statement s = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                        + " and pid <> pg_backend_pid() and xact_start is not null"
                        + " and query ilike 'insert into claim%'")) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(20);
            }
        }
        return false;
    }
}
