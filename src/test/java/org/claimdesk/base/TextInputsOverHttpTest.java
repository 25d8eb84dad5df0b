package org.claimdesk.base;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text fields hold text: NUL, other control characters (tab and line breaks aside) and broken surrogates are a
 * 400 naming the field on every endpoint, the same on H2 and PostgreSQL (which cannot store NUL at all).
 * Bodies are written by hand, so the escapes reach the server as a client would send them.
 */
@ClaimDeskSpringTest
class TextInputsOverHttpTest {

    /** JSON string escapes of the characters a text may not hold. */
    private static final String[] BAD = {"\\u0000", "\\u0007", "\\u001b", "\\ud800", "\\udc00x"};

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private void assertRefused(String method, String path, String user, String body, String field) throws Exception {
        Reply r = api.call(method, path, user, body);
        assertThat(r.status()).as(path + " " + body).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("field").asString()).as(body).isEqualTo(field);
    }

    private long newClaim() throws Exception {
        Reply a = api.call("POST", "/api/v1/articles", "checker", Map.of("title", "Text inputs",
                "text", TestArticles.story(TestArticles.uniqueTag())));
        return a.body().get("claims").get(0).get("id").asLong();
    }

    @Test
    void an_article_with_a_control_character_in_its_title_text_or_publisher_is_refused() throws Exception {
        long before = api.call("GET", "/api/v1/articles", "checker", null).body().get("totalItems").asLong();
        for (String bad : BAD) {
            String story = TestArticles.story(TestArticles.uniqueTag()).replace("\n", "\\n").replace("\"", "\\\"");
            assertRefused("POST", "/api/v1/articles", "checker",
                    "{\"title\":\"Port " + bad + "plans\",\"text\":\"" + story + "\"}", "title");
            assertRefused("POST", "/api/v1/articles", "checker",
                    "{\"title\":\"Port plans\",\"publisher\":\"Wire" + bad + "\",\"text\":\"" + story + "\"}", "publisher");
            assertRefused("POST", "/api/v1/articles", "checker",
                    "{\"title\":\"Port plans\",\"text\":\"" + story + bad + " more\"}", "text");
        }
        assertThat(api.call("GET", "/api/v1/articles", "checker", null).body().get("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void a_claim_correction_comment_source_and_verdict_with_a_control_character_are_refused() throws Exception {
        long id = newClaim();
        long version = api.call("GET", "/api/v1/claims/" + id, "checker", null).body().get("version").asLong();
        for (String bad : BAD) {
            assertRefused("PUT", "/api/v1/claims/" + id, "checker", "{\"text\":\"words\",\"claimant\":\"Ann" + bad
                    + "\",\"type\":\"STATEMENT\",\"version\":" + version + "}", "claimant");
            assertRefused("POST", "/api/v1/claims/" + id + "/comments", "checker", "{\"body\":\"see " + bad + "\"}", "body");
            assertRefused("POST", "/api/v1/claims/" + id + "/sources", "checker",
                    "{\"url\":\"https://one.example/a\",\"stance\":\"SUPPORTS\",\"excerpt\":\"x" + bad + "\"}", "excerpt");
            assertRefused("POST", "/api/v1/claims/" + id + "/sources", "checker",
                    "{\"url\":\"https://one.example/a\",\"stance\":\"SUPPORTS\",\"title\":\"" + bad + "\"}", "title");
        }
        assertThat(api.call("GET", "/api/v1/claims/" + id + "/comments", "checker", null).body().size()).isZero();
        assertThat(api.call("GET", "/api/v1/claims/" + id + "/sources", "checker", null).body().size()).isZero();

        api.call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url", "https://one.example/a", "stance", "CONTRADICTS"));
        long seen = api.call("GET", "/api/v1/claims/" + id, "checker", null).body().get("version").asLong();
        assertRefused("PUT", "/api/v1/claims/" + id + "/verdict", "checker", "{\"attribution\":\"CONFIRMED\","
                + "\"rating\":\"FALSE\",\"rationale\":\"No.\\u0000\",\"version\":" + seen + "}", "rationale");
        assertThat(api.call("GET", "/api/v1/claims/" + id, "checker", null).body().get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void a_publisher_and_a_rating_label_with_a_control_character_are_refused() throws Exception {
        String domain = "ctl-" + TestArticles.uniqueTag() + ".example";
        assertRefused("PUT", "/api/v1/publishers/" + domain, "editor",
                "{\"name\":\"Daily\\u0000\",\"reliability\":\"MIXED\",\"version\":-1}", "name");
        assertRefused("PUT", "/api/v1/publishers/" + domain, "editor",
                "{\"name\":\"Daily\",\"note\":\"\\u001b[2J\",\"reliability\":\"MIXED\",\"version\":-1}", "note");
        assertThat(api.call("GET", "/api/v1/publishers/" + domain, "checker", null).body().get("version").asLong()).isEqualTo(-1);

        long version = api.call("GET", "/api/v1/ratings", "admin", null).body().get(0).get("version").asLong();
        String rating = api.call("GET", "/api/v1/ratings", "admin", null).body().get(0).get("rating").asString();
        assertRefused("PUT", "/api/v1/ratings/" + rating, "admin", "{\"label\":\"True\\u0007\",\"color\":\"#1e8e3e\","
                + "\"reviewText\":\"True\",\"version\":" + version + "}", "label");
    }

    @Test
    void a_search_with_a_control_character_is_refused() throws Exception {
        assertThat(api.call("GET", "/api/v1/claims?q=a%00b", "checker", null).body().get("field").asString()).isEqualTo("q");
        assertThat(api.call("GET", "/api/v1/articles?q=a%00b", "checker", null).status()).isEqualTo(400);
    }

    @Test
    void tabs_line_breaks_and_characters_outside_the_basic_plane_are_kept() throws Exception {
        long id = newClaim();
        Reply ok = api.call("POST", "/api/v1/claims/" + id + "/comments", "checker",
                "{\"body\":\"line one\\n\\tline two \\ud83d\\ude00 Z\\u00fcrich\"}");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.body().get("body").asString()).isEqualTo("line one\n\tline two \ud83d\ude00 Z\u00fcrich");
    }
}
