package org.claimdesk.export;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.VerdictService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/export streams a file with its content type and name; bad input is a problem+json 400. */
@ClaimDeskSpringTest
class ExportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimCorrections corrections;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ArticleDetails articleWithOneVerified() {
        ExportFixture f = new ExportFixture(articles, claims, corrections, evidence, verdicts);
        ArticleDetails a = f.importAs("checker", "Export API");
        f.verify(f.claimsOf(a).getFirst().id(), "checker", "editor");
        SecurityContextHolder.clearContext();
        return a;
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void csv_and_json_come_as_attachments_with_their_content_type_and_a_file_name() throws Exception {
        ArticleDetails a = articleWithOneVerified();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        HttpResponse<byte[]> csv = get("/api/v1/export?format=csv&article=" + a.id(), "editor");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains("filename=\"claimdesk-article-" + a.id() + "-" + today + ".csv\""));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFclaim_id,");
        assertThat(text.lines().count()).isEqualTo(2); // header and the one verified claim

        HttpResponse<byte[]> json = get("/api/v1/export?format=JSON&status=ALL&article=" + a.id(), "editor");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(json.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains(".json"));
        JsonNode all = api.json().readTree(json.body());
        assertThat(all.size()).isEqualTo(a.claims().size());

        HttpResponse<byte[]> twoStatuses = get("/api/v1/export?format=json&status=VERIFIED&status=UNREVIEWED&article="
                + a.id(), "editor");
        assertThat(api.json().readTree(twoStatuses.body()).size()).isEqualTo(a.claims().size());
    }

    @Test
    void bad_values_are_400_problems_naming_the_parameter() throws Exception {
        for (String query : List.of("format=xls", "", "format=csv&status=DONE", "format=csv&article=abc",
                "format=csv&from=2025-13-01", "format=csv&from=2025-05-02&to=2025-05-01", "format=csv&type=RUMOUR")) {
            Reply reply = api.call("GET", "/api/v1/export?" + query, "editor", null);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
        }
        Reply format = api.call("GET", "/api/v1/export?format=xls", "editor", null);
        assertThat(format.body().get("field").asString()).isEqualTo("format");
        Reply status = api.call("GET", "/api/v1/export?format=csv&status=DONE", "editor", null);
        assertThat(status.body().get("field").asString()).isEqualTo("status");
    }

    @Test
    void a_fact_checker_gets_403_and_another_teams_article_is_404() throws Exception {
        ArticleDetails a = articleWithOneVerified();
        assertThat(api.call("GET", "/api/v1/export?format=csv", "checker", null).status()).isEqualTo(403);
        assertThat(api.call("GET", "/api/v1/exports", "checker", null).status()).isEqualTo(403);
        assertThat(get("/api/v1/export?format=csv&article=" + a.id(), "admin").statusCode())
                .isEqualTo(200); // admins see every team
        // the editor of the Politics desk does not see a Metro desk article
        ArticleDetails metro = new ExportFixture(articles, claims, corrections, evidence, verdicts)
                .importAs("metro", "Metro API");
        SecurityContextHolder.clearContext();
        Reply notFound = api.call("GET", "/api/v1/export?format=csv&article=" + metro.id(), "editor", null);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_exports_list_shows_the_export_just_made() throws Exception {
        ArticleDetails a = articleWithOneVerified();
        assertThat(get("/api/v1/export?format=csv&article=" + a.id(), "editor").statusCode()).isEqualTo(200);
        Reply list = api.call("GET", "/api/v1/exports", "editor", null);
        assertThat(list.status()).isEqualTo(200);
        JsonNode newest = null;
        for (JsonNode r : list.body()) {
            if (r.get("filter").asString().equals("status=VERIFIED article=" + a.id())) {
                newest = r;
            }
        }
        assertThat(newest).isNotNull();
        assertThat(newest.get("exportedBy").asString()).isEqualTo("editor");
        assertThat(newest.get("format").asString()).isEqualTo("CSV");
        assertThat(newest.get("rowCount").asLong()).isEqualTo(1);
        assertThat(newest.get("completed").asBoolean()).isTrue();
    }
}
