package org.claimdesk.export;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An editor publishes a verified claim: anyone reads its page without signing in, with valid ClaimReview JSON-LD;
 * reopening marks it under review, approving again publishes the new verdict, unpublishing makes it 410.
 */
@ClaimDeskSpringTest
class PublishingTest {

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
    @Autowired
    PublishingService publishing;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.claimdesk.audit.AuditService audit;

    private ExportFixture fixture;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void fixture() {
        fixture = new ExportFixture(articles, claims, corrections, evidence, verdicts);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ClaimDetails verifiedClaim() {
        ArticleDetails a = fixture.importAs("checker", "Publish");
        ClaimDetails c = fixture.claimsOf(a).getFirst();
        fixture.verify(c.id(), "checker", "editor");
        AsUser.signIn("editor", Role.EDITOR_NAME);
        return claims.get(c.id());
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String path(PublicationDetails p) {
        return URI.create(p.url()).getPath();
    }

    @Test
    void a_published_claim_is_readable_without_signing_in_with_its_claim_review_embedded() throws Exception {
        ClaimDetails c = verifiedClaim();
        PublicationDetails p = publishing.publish(c.id(), "The reservoir held 41 percent of its capacity");

        assertThat(p.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(p.slug()).isEqualTo(c.id() + "-the-reservoir-held-41-percent-of-its-capacity");
        HttpResponse<String> page = anonymous(path(p));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                v -> assertThat(v).contains("default-src 'none'"));
        Document doc = Jsoup.parse(page.body());
        assertThat(doc.getElementById("claim").text()).isEqualTo("The reservoir held 41 percent of its capacity");
        assertThat(doc.getElementById("claimant").text()).contains(c.claimant());
        assertThat(doc.getElementById("rating").text()).isNotBlank();
        assertThat(doc.select("#sources a")).hasSize(2);
        assertThat(page.body()).doesNotContain("checker").doesNotContain("editor"); // no user names in public

        List<org.jsoup.nodes.Element> scripts = doc.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        JsonNode review = json.readTree(scripts.getFirst().data());
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asString()).isEqualTo("The reservoir held 41 percent of its capacity");
        assertThat(review.get("url").asString()).isEqualTo(p.url());
        assertThat(review.get("reviewRating").get("alternateName").asString()).isNotBlank();
        assertThat(review.get("itemReviewed").get("appearance").get("url").asString()).startsWith("https://news.example/");
    }

    @Test
    void only_a_verified_claim_is_published_and_only_by_an_editor() {
        ArticleDetails a = fixture.importAs("checker", "Unverified");
        ClaimDetails c = fixture.claimsOf(a).getFirst();
        AsUser.signIn("editor", Role.EDITOR_NAME);
        assertThatThrownBy(() -> publishing.publish(c.id(), null)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("Only a verified claim");
        ClaimDetails verified = verifiedClaim();
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        assertThatThrownBy(() -> publishing.publish(verified.id(), null)).isInstanceOf(AccessDeniedException.class);
        AsUser.signIn("metro", Role.EDITOR_NAME); // an editor of another team
        assertThatThrownBy(() -> publishing.publish(verified.id(), null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_unverified_or_unknown_address_is_not_found_and_an_unpublished_page_is_gone() throws Exception {
        ClaimDetails c = verifiedClaim();
        assertThat(anonymous("/fact-checks/" + c.id() + "-never-published").statusCode()).isEqualTo(404);
        PublicationDetails p = publishing.publish(c.id(), null);
        assertThat(anonymous(path(p)).statusCode()).isEqualTo(200);

        publishing.unpublish(c.id());
        HttpResponse<String> gone = anonymous(path(p));
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("withdrawn").doesNotContain("application/ld+json");
        assertThat(publishing.of(c.id())).hasValueSatisfying(x -> assertThat(x.state()).isEqualTo(PublicationState.UNPUBLISHED));
    }

    @Test
    void reopening_marks_the_page_under_review_and_approving_again_publishes_the_new_verdict() throws Exception {
        ClaimDetails c = verifiedClaim();
        PublicationDetails p = publishing.publish(c.id(), null);

        verdicts.reopen(c.id(), claims.get(c.id()).version(), "A new figure came in");
        assertThat(publishing.of(c.id())).hasValueSatisfying(x -> assertThat(x.state()).isEqualTo(PublicationState.UNDER_REVIEW));
        HttpResponse<String> review = anonymous(path(p));
        assertThat(review.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(review.body());
        assertThat(doc.getElementById("under-review")).isNotNull();
        assertThat(doc.select("script[type=application/ld+json]")).as("no rating markup while under review").isEmpty();

        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        verdicts.setVerdict(c.id(), new org.claimdesk.evidence.VerdictInput(org.claimdesk.evidence.Attribution.CONFIRMED,
                org.claimdesk.evidence.Rating.MIXED, "Partly right, as the new figure shows.", null,
                claims.get(c.id()).version()));
        AsUser.signIn("editor", Role.EDITOR_NAME);
        verdicts.approve(c.id(), claims.get(c.id()).version());

        PublicationDetails again = publishing.of(c.id()).orElseThrow();
        assertThat(again.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(again.slug()).as("the address stays").isEqualTo(p.slug());
        Document after = Jsoup.parse(anonymous(path(p)).body());
        assertThat(after.getElementById("under-review")).isNull();
        assertThat(after.getElementById("rationale").text()).isEqualTo("Partly right, as the new figure shows.");
        assertThat(after.select("script[type=application/ld+json]")).hasSize(1);
    }

    @Test
    void removing_a_source_from_a_published_claim_puts_its_page_under_review() {
        ClaimDetails c = verifiedClaim();
        publishing.publish(c.id(), null);
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        var source = evidence.sources(c.id()).getFirst();
        evidence.removeSource(c.id(), source.id(), source.version());

        AsUser.signIn("editor", Role.EDITOR_NAME);
        assertThat(publishing.of(c.id())).hasValueSatisfying(x -> assertThat(x.state()).isEqualTo(PublicationState.UNDER_REVIEW));
    }

    @Test
    void user_text_on_the_page_is_escaped_and_only_web_links_are_links() throws Exception {
        ArticleDetails a = fixture.importAs("checker", "Escaping");
        ClaimDetails c = fixture.claimsOf(a).getFirst();
        fixture.verify(c.id(), "checker", "editor");
        AsUser.signIn("editor", Role.EDITOR_NAME);
        PublicationDetails p = publishing.publish(c.id(), "<script>alert(1)</script> & </script>");

        String body = anonymous(path(p)).body();
        assertThat(body).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document doc = Jsoup.parse(body);
        assertThat(doc.select("script")).hasSize(1); // only the JSON-LD, whose text cannot close its element
        assertThat(json.readTree(doc.select("script").first().data()).get("claimReviewed").asString())
                .isEqualTo("<script>alert(1)</script> & </script>");
        assertThat(doc.select("a[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("https://"));
    }

    @Test
    void publishing_an_article_publishes_its_verified_claims_and_says_why_not_for_the_others() {
        ArticleDetails a = fixture.importAs("checker", "Publish all");
        List<ClaimDetails> cs = fixture.claimsOf(a);
        fixture.verify(cs.get(0).id(), "checker", "editor");
        fixture.verify(cs.get(1).id(), "checker", "editor");
        AsUser.signIn("editor", Role.EDITOR_NAME);
        publishing.publish(cs.get(1).id(), null);

        List<PublishResult> results = publishing.publishArticle(a.id());
        assertThat(results).extracting(PublishResult::claimId).containsExactly(cs.get(0).id(), cs.get(1).id());
        assertThat(results.get(0).done()).isTrue();
        assertThat(results.get(1).done()).isFalse();
        assertThat(results.get(1).message()).contains("already public");
    }

    @Test
    void an_export_row_carries_the_short_form_and_public_address_of_a_published_claim() {
        ClaimDetails c = verifiedClaim();
        PublicationDetails p = publishing.publish(c.id(), "Short form for readers");
        ExportRow row = transactions.execute(s -> publishingRow(c.id()));
        assertThat(row.claimReviewed()).isEqualTo("Short form for readers");
        assertThat(row.publicUrl()).isEqualTo(p.url());
    }

    @Autowired
    ExportRows rows;

    private ExportRow publishingRow(long claimId) {
        return rows.one(claimId);
    }

    @Test
    void publishing_and_withdrawing_are_in_the_claims_history_and_a_rolled_back_publish_leaves_no_page() {
        ClaimDetails c = verifiedClaim();
        try {
            transactions.executeWithoutResult(status -> {
                publishing.publish(c.id(), null);
                status.setRollbackOnly();
            });
        } catch (RuntimeException ignored) {
            // rolled back on purpose
        }
        assertThat(publishing.of(c.id())).isEmpty();

        publishing.publish(c.id(), null);
        publishing.unpublish(c.id());
        assertThat(audit.history("CLAIM", c.id())).extracting(org.claimdesk.audit.HistoryEntry::action)
                .contains("PUBLISHED", "UNPUBLISHED");
    }
}
