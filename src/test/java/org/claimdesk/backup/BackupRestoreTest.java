package org.claimdesk.backup;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A backup of the running application's database, restored into an empty database, holds every article, claim,
 * source, verdict and history entry: real data is made through the API first (articles with claims, corrections,
 * a source, a verdict approved by an editor), then every row of those tables is compared, column by column, between
 * the live database and the restored one. On H2 the backup is the admins' GET /api/v1/backup, restored with
 * RUNSCRIPT; on PostgreSQL it is deploy/backup-postgres.sh (pg_dump) and deploy/restore-postgres.sh (pg_restore).
 */
@ClaimDeskSpringTest
class BackupRestoreTest {

    /** The tables the issue names; the primary key (the first column) keys each row. */
    private static final List<String> TABLES = List.of("article", "claim", "source", "verdict", "audit_entry");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    private record Made(List<Long> articleIds, long claimId) {
    }

    @Test
    void an_h2_backup_taken_while_the_app_runs_restores_every_article_claim_source_verdict_and_history_entry()
            throws Exception {
        assumeTrue(product().equals("H2"), "the database is " + product() + ": the PostgreSQL test covers it");
        Made made = makeData();
        Path zip = dir.resolve("backup.zip");
        Map<String, Map<String, String>> live = stableSnapshotAround(() -> Files.write(zip, downloadBackup()));

        try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restore-" + UUID.randomUUID(), "sa", "")) {
            try (Statement s = restored.createStatement()) {
                assertThat(tableCount(restored, "PUBLIC")).as("the restore database starts empty").isZero();
                s.execute("RUNSCRIPT FROM '" + zip.toAbsolutePath() + "' COMPRESSION ZIP");
            }
            assertRestored(made, live, snapshot(restored));
        }
    }

    @Test
    void a_pg_dump_restored_with_pg_restore_holds_every_article_claim_source_verdict_and_history_entry()
            throws Exception {
        assumeTrue(product().equals("PostgreSQL"), "the database is " + product() + ": the H2 test covers it");
        String restoreUrl = System.getenv("CLAIMDESK_TEST_POSTGRES_RESTORE_URL");
        assumeTrue(restoreUrl != null, "CLAIMDESK_TEST_POSTGRES_RESTORE_URL (an empty database owned by the test's "
                + "role, made by .ci/run) is not set: the pg_dump/pg_restore test is skipped");
        String password = System.getenv().getOrDefault("CLAIMDESK_TEST_DB_PASSWORD", "claimdesk");
        String user;
        String liveUrl;
        try (Connection c = dataSource.getConnection()) {
            user = c.getMetaData().getUserName();
            liveUrl = c.getMetaData().getURL();
        }
        try (Connection empty = DriverManager.getConnection(restoreUrl, user, password);
             Statement s = empty.createStatement()) {
            // the restore database is reused between runs: empty it (what the role owns there), as a new one would be
            s.execute("drop owned by current_user");
            s.execute("create schema if not exists public");
            assertThat(tableCount(empty, "public")).as("the restore database starts empty").isZero();
        }
        Made made = makeData();
        Path dump = dir.resolve("claimdesk.dump");
        Map<String, Map<String, String>> live = stableSnapshotAround(() ->
                run(password, "deploy/backup-postgres.sh", libpq(liveUrl, user), dump.toString()));
        run(password, "deploy/restore-postgres.sh", dump.toString(), libpq(restoreUrl, user));

        try (Connection restored = DriverManager.getConnection(restoreUrl, user, password)) {
            assertRestored(made, live, snapshot(restored));
        }
    }

    /** Two articles with claims, a correction (so there is history), two sources, a verdict given and approved. */
    private Made makeData() throws Exception {
        ApiClient api = new ApiClient(port);
        List<Long> articles = new ArrayList<>();
        long claimId = 0;
        for (int i = 0; i < 2; i++) {
            Reply a = api.call("POST", "/api/v1/articles", "checker", Map.of("title", "Backup " + i,
                    "text", TestArticles.story(TestArticles.uniqueTag())));
            assertThat(a.status()).isEqualTo(201);
            articles.add(a.body().get("id").asLong());
            for (JsonNode c : a.body().get("claims")) {
                if (c.get("text").asString().contains("hectares")) {
                    claimId = c.get("id").asLong();
                }
            }
        }
        JsonNode claim = api.call("GET", "/api/v1/claims/" + claimId, "checker", null).body();
        Map<String, Object> correction = new HashMap<>();
        correction.put("text", claim.get("text").asString());
        correction.put("claimant", "Pavel Dragan, union leader");
        correction.put("claimantDescription", "farmers' union");
        correction.put("type", claim.get("type").asString());
        correction.put("version", claim.get("version").asLong());
        expect(api.call("PUT", "/api/v1/claims/" + claimId, "checker", correction), 200);
        expect(api.call("POST", "/api/v1/claims/" + claimId + "/sources", "checker", Map.of(
                "url", "https://example.org/crops", "title", "Crop report", "publisher", "Example",
                "stance", "SUPPORTS", "excerpt", "2,500 hectares at risk")), 201);
        expect(api.call("POST", "/api/v1/claims/" + claimId + "/sources", "checker", Map.of(
                "url", "https://other.example.net/farms", "title", "Farm survey", "publisher", "Other",
                "stance", "SUPPORTS")), 201);
        expect(api.call("PUT", "/api/v1/claims/" + claimId + "/verdict", "checker", Map.of("attribution", "CONFIRMED",
                "rating", "TRUE", "rationale", "The report says so.", "version", version(api, claimId))), 200);
        expect(api.call("POST", "/api/v1/claims/" + claimId + "/approve", "editor",
                Map.of("version", version(api, claimId))), 200);
        return new Made(articles, claimId);
    }

    private static void expect(Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(status);
    }

    private static long version(ApiClient api, long claimId) throws Exception {
        return api.call("GET", "/api/v1/claims/" + claimId, "checker", null).body().get("version").asLong();
    }

    private void assertRestored(Made made, Map<String, Map<String, String>> live,
                                Map<String, Map<String, String>> restored) {
        for (String table : TABLES) {
            assertThat(restored.get(table).keySet()).as("ids of %s", table).isEqualTo(live.get(table).keySet());
            // every column of every row (its digest), so a changed value is found too
            assertThat(restored.get(table)).as("rows of %s", table).isEqualTo(live.get(table));
        }
        // and what this test made is among them, history included
        for (long id : made.articleIds()) {
            assertThat(restored.get("article")).containsKey(String.valueOf(id));
        }
        assertThat(restored.get("claim")).containsKey(String.valueOf(made.claimId()));
        assertThat(restored.get("verdict")).containsKey(String.valueOf(made.claimId()));
        assertThat(restored.get("source")).isNotEmpty();
        assertThat(restored.get("audit_entry")).hasSizeGreaterThanOrEqualTo(4);
    }

    private interface Backup {
        void take() throws Exception;
    }

    /**
     * The live rows, read before and after the backup and equal both times, so the backup holds exactly them
     * (jobs and after-commit listeners of this shared application may still be writing: then it tries again).
     */
    private Map<String, Map<String, String>> stableSnapshotAround(Backup backup) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            Map<String, Map<String, String>> before;
            try (Connection c = dataSource.getConnection()) {
                before = snapshot(c);
            }
            backup.take();
            try (Connection c = dataSource.getConnection()) {
                if (snapshot(c).equals(before)) {
                    return before;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the live tables kept changing during the backup");
    }

    /** Per table, each row's id and a digest of all its columns, in column order. */
    private static Map<String, Map<String, String>> snapshot(Connection c) throws Exception {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String table : TABLES) {
            Map<String, String> rows = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from " + table + " order by 1")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(r.getMetaData().getColumnName(i).toLowerCase()).append('=').append(r.getString(i)).append('\u0001');
                    }
                    rows.put(r.getString(1), HexFormat.of().formatHex(sha.digest(row.toString().getBytes(StandardCharsets.UTF_8))));
                }
            }
            tables.put(table, rows);
        }
        return tables;
    }

    private static int tableCount(Connection c, String schema) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            int n = 0;
            while (r.next()) {
                n++;
            }
            return n;
        }
    }

    private byte[] downloadBackup() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/backup"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        return r.body();
    }

    private String product() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    /** jdbc:postgresql://host:port/db -> postgresql://user@host:port/db, for the scripts (password via PGPASSWORD). */
    private static String libpq(String jdbcUrl, String user) {
        return jdbcUrl.substring("jdbc:".length()).replaceFirst("^postgresql://", "postgresql://" + user + "@");
    }

    private static void run(String password, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", password);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s: %s", String.join(" ", command), out).isZero();
    }
}
