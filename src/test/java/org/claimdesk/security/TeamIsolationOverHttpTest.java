package org.claimdesk.security;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.evidence.EvidenceService;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint that takes the id of an article, claim, source, comment thread, history or link answers 404
 * to a member of another team, exactly as for an id that never existed: ids of other teams never leak.
 */
@ClaimDeskSpringTest
class TeamIsolationOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ClaimDiscussion discussion;
    @Autowired
    ClaimLinks links;
    @Autowired
    UserService users;
    @Autowired
    TeamService teams;

    private TeamFixture f;

    @BeforeEach
    void politicsDeskWork() {
        f = TeamFixture.create(articles, evidence, discussion, links, users, teams);
    }

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private record Call(String method, String path, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every id-taking endpoint, pointed at the Politics desk's article, claims, source and link. */
    private List<Call> idTakingEndpoints() throws Exception {
        String a = "/api/v1/articles/" + f.politicsArticle();
        String c = "/api/v1/claims/" + f.claim();
        Map<String, Object> source = Map.of("url", "https://outside.example/x", "stance", "SUPPORTS", "version", 0);
        Map<String, Object> merge = new LinkedHashMap<>(Map.of("firstId", f.claim(), "firstVersion", 0,
                "secondId", f.otherClaim(), "secondVersion", 0));
        Map<String, Object> mixedMerge = new LinkedHashMap<>(Map.of("firstId", f.metroClaim(), "firstVersion", 0,
                "secondId", f.claim(), "secondVersion", 0));
        List<Call> calls = new ArrayList<>(List.of(
                new Call("GET", a, null),
                new Call("GET", a + "/gold", null),
                new Call("GET", a + "/claims", null),
                new Call("GET", c, null),
                new Call("PUT", c, Map.of("text", "x", "claimant", "y", "type", "STATEMENT", "version", 0)),
                new Call("DELETE", c + "?version=0", null),
                new Call("POST", c + "/split", Map.of("offset", 5, "version", 0)),
                new Call("POST", "/api/v1/claims/merge", merge),
                new Call("POST", "/api/v1/claims/merge", mixedMerge),
                new Call("GET", c + "/history", null),
                new Call("GET", c + "/comments", null),
                new Call("POST", c + "/comments", Map.of("body", "hello")),
                new Call("GET", c + "/links", null),
                new Call("POST", c + "/links", Map.of("toClaimId", f.metroClaim(), "type", "SAME_CLAIM")),
                new Call("POST", "/api/v1/claims/" + f.metroClaim() + "/links", Map.of("toClaimId", f.claim(), "type", "SAME_CLAIM")),
                new Call("POST", "/api/v1/claims/links/" + f.link() + "/accept", null),
                new Call("POST", "/api/v1/claims/links/" + f.link() + "/dismiss", null),
                new Call("GET", c + "/sources", null),
                new Call("POST", c + "/sources", source),
                new Call("PUT", c + "/sources/" + f.source(), source),
                new Call("DELETE", c + "/sources/" + f.source() + "?version=0", null),
                new Call("PUT", "/api/v1/claims/" + f.metroClaim() + "/sources/" + f.source(), source),
                new Call("DELETE", "/api/v1/claims/" + f.metroClaim() + "/sources/" + f.source() + "?version=0", null),
                new Call("GET", c + "/corroboration", null),
                new Call("GET", c + "/verdict", null),
                new Call("PUT", c + "/verdict", Map.of("attribution", "CONFIRMED", "rating", "TRUE", "rationale", "x", "version", 0)),
                new Call("POST", c + "/approve", Map.of("version", 0)),
                new Call("POST", c + "/reopen", Map.of("version", 0, "reason", "x")),
                new Call("POST", c + "/verdict/copy-to-same-claims", null),
                new Call("GET", c + "/assignment", null),
                new Call("DELETE", c + "/assignment", null),
                new Call("POST", c + "/assignment/take", null),
                new Call("GET", "/api/v1/teams/" + politicsTeam() + "/unassigned", null),
                // editors only: the outsider editor gets 404, metro (a fact-checker) 403 for any id
                new Call("POST", c + "/assignment", Map.of("assignee", "checker")),
                new Call("POST", a + "/assignment", Map.of("assignee", "checker")),
                new Call("GET", "/api/v1/teams/" + politicsTeam() + "/board", null),
                new Call("PUT", a + "/team", Map.of("teamId", f.outsiderTeam())),
                new Call("DELETE", a, null)));
        return calls;
    }

    private long politicsTeam() throws Exception {
        return call("GET", "/api/v1/articles/" + f.politicsArticle(), "checker", null).body().get("teamId").asLong();
    }

    private static boolean editorsOnly(Call call) {
        return call.path().endsWith("/team") || call.path().endsWith("/board")
                || (call.method().equals("POST") && call.path().endsWith("/assignment"))
                || (call.method().equals("DELETE") && call.path().matches(".*/articles/\\d+"));
    }

    @Test
    void every_id_taking_endpoint_answers_404_to_another_team() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Call call : idTakingEndpoints()) {
            Reply outsider = call(call.method(), call.path(), f.outsiderEditor(), call.body());
            soft.assertThat(outsider.status()).as("%s as an editor of another team", call).isEqualTo(404);
            soft.assertThat(outsider.contentType()).as("%s content type", call).startsWith("application/problem+json");
            Reply metro = call(call.method(), call.path(), "metro", call.body());
            soft.assertThat(metro.status()).as("%s as metro", call).isEqualTo(editorsOnly(call) ? 403 : 404);
        }
        soft.assertAll();
        // and nothing happened to the Politics desk's work
        Reply claim = call("GET", "/api/v1/claims/" + f.claim(), "checker", null);
        assertThat(claim.status()).isEqualTo(200);
        assertThat(claim.body().get("version").asLong()).isEqualTo(1); // moved to IN_REVIEW by its source only
        assertThat(call("GET", "/api/v1/claims/" + f.claim() + "/comments", "checker", null).body()).hasSize(1);
        assertThat(call("GET", "/api/v1/articles/" + f.politicsArticle(), "checker", null).body()
                .get("teamId").asLong()).isNotEqualTo(f.outsiderTeam());
    }

    @Test
    void bulk_actions_on_another_teams_claims_change_nothing_and_say_they_do_not_exist() throws Exception {
        for (String path : List.of("/api/v1/assignments", "/api/v1/assignments/priority", "/api/v1/assignments/due-date",
                "/api/v1/claims/reopen")) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("claimIds", List.of(f.claim(), f.otherClaim()),
                    "assignee", f.outsiderEditor(), "priority", "HIGH", "reason", "outside"));
            Reply reply = call("POST", path, f.outsiderEditor(), body);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.body()).as(path).hasSize(2).allSatisfy(r -> {
                assertThat(r.get("done").asBoolean()).isFalse();
                assertThat(r.get("message").asString()).contains("does not exist");
            });
        }
        assertThat(call("GET", "/api/v1/claims/" + f.claim() + "/assignment", "checker", null).status()).isEqualTo(404);
    }

    @Test
    void the_text_of_another_teams_article_is_not_found_either() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String user : List.of("metro", f.outsiderEditor())) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/articles/" + f.politicsArticle() + "/text"))
                    .header("Accept", "text/plain, application/problem+json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(user).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("reservoir");
        }
    }

    @Test
    void the_404_of_another_teams_claim_reads_like_that_of_a_claim_that_never_existed() throws Exception {
        Reply theirs = call("GET", "/api/v1/claims/" + f.claim(), "metro", null);
        Reply none = call("GET", "/api/v1/claims/987654321", "metro", null);
        assertThat(theirs.status()).isEqualTo(none.status()).isEqualTo(404);
        assertThat(theirs.body().get("title").asString()).isEqualTo(none.body().get("title").asString());
        assertThat(theirs.body().get("detail").asString().replace(String.valueOf(f.claim()), "N"))
                .isEqualTo(none.body().get("detail").asString().replace("987654321", "N"));
    }

    @Test
    void members_of_the_team_read_the_same_endpoints() throws Exception {
        for (String path : List.of("/api/v1/articles/" + f.politicsArticle(), "/api/v1/articles/" + f.politicsArticle() + "/gold",
                "/api/v1/claims/" + f.claim(), "/api/v1/claims/" + f.claim() + "/history",
                "/api/v1/claims/" + f.claim() + "/comments", "/api/v1/claims/" + f.claim() + "/links",
                "/api/v1/claims/" + f.claim() + "/sources", "/api/v1/claims/" + f.claim() + "/corroboration")) {
            assertThat(call("GET", path, "checker2", null).status()).as(path).isEqualTo(200);
            assertThat(call("GET", path, "admin", null).status()).as(path + " as admin").isEqualTo(200);
        }
    }

    @Test
    void lists_and_searches_show_only_the_callers_teams_and_admins_see_all() throws Exception {
        String articleSearch = "/api/v1/articles?q=" + f.tag();
        assertThat(call("GET", articleSearch, "checker", null).body().get("totalItems").asLong()).isEqualTo(1);
        assertThat(call("GET", articleSearch, "metro", null).body().get("totalItems").asLong()).isZero();
        assertThat(call("GET", articleSearch, "admin", null).body().get("totalItems").asLong()).isEqualTo(1);

        String claimSearch = "/api/v1/claims?articleId=" + f.politicsArticle();
        assertThat(call("GET", claimSearch, "checker", null).body().get("totalItems").asLong()).isEqualTo(3);
        assertThat(call("GET", claimSearch, "metro", null).body().get("totalItems").asLong()).isZero();
        assertThat(call("GET", claimSearch, "admin", null).body().get("totalItems").asLong()).isEqualTo(3);

        String metroClaims = "/api/v1/claims?articleId=" + f.metroArticle();
        assertThat(call("GET", metroClaims, "metro", null).body().get("totalItems").asLong()).isEqualTo(3);
        assertThat(call("GET", metroClaims, "checker", null).body().get("totalItems").asLong()).isZero();
        // the same story's words: the Metro desk's claims are not among the Politics desk's search results
        Reply words = call("GET", "/api/v1/claims?q=reservoir&size=100", "checker", null);
        words.body().get("items").forEach(c -> assertThat(c.get("articleId").asLong()).isNotEqualTo(f.metroArticle()));
    }

    @Test
    void links_to_another_teams_claims_are_neither_shown_nor_suggested() throws Exception {
        // admins may link across teams; each team still sees only its own side
        Reply made = call("POST", "/api/v1/claims/" + f.claim() + "/links", "admin",
                Map.of("toClaimId", f.metroClaim(), "type", "SAME_CLAIM"));
        assertThat(made.status()).isEqualTo(201);
        assertThat(call("GET", "/api/v1/claims/" + f.claim() + "/links", "checker", null).body())
                .noneSatisfy(l -> assertThat(l.get("otherClaimId").asLong()).isEqualTo(f.metroClaim()));
        assertThat(call("GET", "/api/v1/claims/" + f.claim() + "/links", "admin", null).body())
                .anySatisfy(l -> assertThat(l.get("otherClaimId").asLong()).isEqualTo(f.metroClaim()));
        // the same story imported by the Metro desk drew no suggestion towards the Politics desk's claims
        assertThat(call("GET", "/api/v1/claims/" + f.metroClaim() + "/links", "metro", null).body())
                .noneSatisfy(l -> assertThat(l.get("otherArticleId").asLong()).isEqualTo(f.politicsArticle()));
    }
}
