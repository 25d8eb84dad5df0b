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
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import is one transaction: the app, a real process, is killed (SIGKILL, no shutdown hook) in the middle of
 * storing a large article (near the 1 MB limit, hundreds of claims), restarted, and the article is either there
 * with every claim a dry extraction of the same text finds, or not there at all. On PostgreSQL when
 * CLAIMDESK_TEST_POSTGRES_URL is set, else on the embedded H2. The kill is timed by the app's own SQL log: once half of
 * the article's claims have been inserted (so it lands inside the write, not before or after it).
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

    /**
     * On PostgreSQL, the production database, when CLAIMDESK_TEST_POSTGRES_URL is set (CI), else on the embedded H2:
     * one run, not both, because each starts the app twice and CI's whole run must stay short (H2 after a kill is
     * also covered by ConfirmedImportsSurviveACrashIT).
     */
    @Test
    void a_killed_import_leaves_the_whole_article_or_nothing() throws Exception {
        String url = System.getenv("CLAIMDESK_TEST_POSTGRES_URL");
        if (url == null) {
            killDuringImport("h2", List.of("--claimdesk.data-dir=" + dataDir));
            return;
        }
        List<String> args = new ArrayList<>(AppProcess.postgres(url));
        args.add("--claimdesk.data-dir=" + dataDir);
        killDuringImport("postgres", args);
    }

    private void killDuringImport(String name, List<String> args) throws Exception {
        int port = AppProcess.freePort();
        List<String> logged = new ArrayList<>(args);
        logged.add("--logging.level.org.hibernate.SQL=debug"); // every statement in the log: the kill's clock
        app = AppProcess.start(port, "kill-" + name, logged);
        Path log = AppProcess.log("kill-" + name);
        ApiClient api = new ApiClient(port);

        // a complete import first: a large article keeps every claim when nothing goes wrong
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
        long logFrom = Files.size(log);
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                importRequest(port, api.json().writeValueAsString(Map.of("title", "Killed " + tag, "text", text))),
                HttpResponse.BodyHandlers.ofString());
        Instant sent = Instant.now();
        int inserted = waitForClaimInserts(log, logFrom, expected / 2, took.multipliedBy(3).plusSeconds(30));
        long killedAfter = Duration.between(sent, Instant.now()).toMillis();
        app.destroyForcibly().waitFor();
        boolean answered = inFlight.isDone() && !inFlight.isCompletedExceptionally();

        app = AppProcess.start(port, "kill-" + name + "-restart", args);
        JsonNode items = api.call("GET", "/api/v1/articles?q=" + tag + "&size=5", "checker", null).body().get("items");
        System.out.printf("kill-9 during import (%s): a whole import of %d chars (%d claims) took %d ms; killed %d ms "
                        + "after sending, with %d claim inserts in the log; answered before the kill: %s; after the "
                        + "restart: %s%n", name, text.length(), expected, took.toMillis(), killedAfter, inserted,
                answered, items.isEmpty() ? "no article" : "the article");
        assertThat(inserted).as("the kill came while the claims were being written").isPositive();
        assertThat(items.size()).as("articles of the killed import").isLessThanOrEqualTo(1);
        if (!items.isEmpty()) {
            long id = items.get(0).get("id").asLong();
            Reply claims = api.call("GET", "/api/v1/articles/" + id + "/claims", "checker", null);
            assertThat(claims.body().size()).as("claims of the article that survived the kill").isEqualTo(expected);
        }
        assertThat(api.call("GET", "/api/v1/articles/" + whole.body().get("id").asLong() + "/claims", "checker", null)
                .body().size()).as("the import completed before the kill").isEqualTo(expectedFirst);
    }

    /**
     * Just under the 1 MB limit: a sourced claim with a figure per paragraph, made unique by the tag, between long
     * paragraphs of description that hold no claim (so the import is large but stores hundreds, not thousands, of
     * claims: the test stays quick).
     */
    static String largeArticle(String tag) {
        StringBuilder text = new StringBuilder("Regional water report " + tag + "\n\n");
        String[] people = {"Miriam Okafor", "Pavel Dragan", "Lena Hoff", "Tomas Ruiz", "Anja Berg"};
        String description = ("The valley road runs past old stone farms, orchards and a small chapel, and in spring the "
                + "meadows along the river turn yellow with flowers. ").repeat(8);
        for (int i = 0; ; i++) {
            String paragraph = ("Board chair %s said on Tuesday that reservoir %s-%d held %d percent of its capacity.\n\n"
                    + "%s\n\n").formatted(people[i % 5], tag, i, 10 + i % 80, description);
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
        assertThat(claims).as("claims in the large article").isGreaterThan(300);
        return claims;
    }

    private static HttpRequest importRequest(int port, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("checker:checker".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** The number of claim inserts the app has logged since {@code from}, once it reaches {@code enough}. */
    private static int waitForClaimInserts(Path log, long from, int enough, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        int seen = 0;
        while (Instant.now().isBefore(deadline)) {
            try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
                f.seek(from);
                byte[] rest = new byte[(int) (f.length() - from)];
                f.readFully(rest);
                seen = Pattern.compile("insert\\s+into\\s+claim\\s*\\(", Pattern.CASE_INSENSITIVE)
                        .matcher(new String(rest, StandardCharsets.UTF_8)).results().mapToInt(m -> 1).sum();
            }
            if (seen >= enough) {
                return seen;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import logged only " + seen + " claim inserts within " + limit + "; see " + log);
    }
}
