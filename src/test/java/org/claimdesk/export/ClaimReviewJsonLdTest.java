package org.claimdesk.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ClaimReview output read as JSON-LD, the way a search engine reads it: expanded by Titanium against a copy of
 * the schema.org context bundled in the test resources (trimmed to the terms used, each defined as schema.org's
 * own context defines it), so the checks are on schema.org terms (http://schema.org/claimReviewed), not on
 * strings. The loader serves only schema.org's context and refuses everything else: no network in tests.
 */
class ClaimReviewJsonLdTest {

    private static final String S = "http://schema.org/";

    private final PublisherSettings settings =
            new PublisherSettings("Test newsroom", "https://newsroom.example.org", "https://factcheck.example.org/");
    private final ClaimReviewJson claimReviews = new ClaimReviewJson(settings);

    @Test
    void a_claim_review_expands_to_every_field_google_requires_and_recommends() throws Exception {
        JsonObject review = single(expand(claimReviews.claimReviewJson(SampleRows.verified().build())));

        assertThat(types(review)).containsExactly(S + "ClaimReview");
        // required: claimReviewed, reviewRating (with alternateName), url
        assertThat(value(review, "claimReviewed")).isEqualTo("North Korea sent 11,000 soldiers to Russia");
        assertThat(id(review, "url"))
                .isEqualTo("https://factcheck.example.org/fact-checks/11-north-korea-sent-11-000-soldiers-to-russia");
        JsonObject rating = node(review, "reviewRating");
        assertThat(types(rating)).containsExactly(S + "Rating");
        assertThat(value(rating, "alternateName")).isEqualTo("Mostly true");
        assertThat(number(rating, "ratingValue")).isEqualTo(4);
        assertThat(number(rating, "bestRating")).isEqualTo(ClaimReviewJson.BEST_RATING);
        assertThat(number(rating, "worstRating")).isEqualTo(ClaimReviewJson.WORST_RATING);
        // recommended: author (the newsroom), datePublished (approval), itemReviewed with its author,
        // datePublished and appearance
        JsonObject publisher = node(review, "author");
        assertThat(types(publisher)).containsExactly(S + "Organization");
        assertThat(value(publisher, "name")).isEqualTo("Test newsroom");
        assertThat(id(publisher, "url")).isEqualTo("https://newsroom.example.org");
        assertThat(value(review, "datePublished")).isEqualTo("2024-11-06T09:30:00Z");

        JsonObject claim = node(review, "itemReviewed");
        assertThat(types(claim)).containsExactly(S + "Claim");
        JsonObject claimant = node(claim, "author");
        assertThat(types(claimant)).containsExactly(S + "Organization");
        assertThat(value(claimant, "name")).isEqualTo("South Korea's National Intelligence Service");
        assertThat(value(claim, "datePublished")).isEqualTo("2024-11-04");
        JsonObject appearance = node(claim, "appearance");
        assertThat(types(appearance)).containsExactly(S + "CreativeWork");
        assertThat(id(appearance, "url")).isEqualTo("https://news.example.org/nk-troops");
        assertThat(value(appearance, "headline")).isEqualTo("North Korean troops in Kursk");
    }

    @Test
    void the_rating_inside_claim_reviewed_is_not_written_only_the_short_claim() throws Exception {
        JsonObject review = single(expand(claimReviews.claimReviewJson(SampleRows.verified().build())));

        assertThat(value(review, "claimReviewed")).doesNotContainIgnoringCase("true");
    }

    @Test
    void a_person_claimant_is_a_schema_org_person() throws Exception {
        SampleRows row = SampleRows.verified();
        row.claimant = "Pentagon spokesman John Kirby";

        JsonObject claimant = node(node(single(expand(claimReviews.claimReviewJson(row.build()))), "itemReviewed"), "author");

        assertThat(types(claimant)).containsExactly(S + "Person");
        assertThat(value(claimant, "name")).isEqualTo("Pentagon spokesman John Kirby");
    }

    @Test
    void a_published_claim_keeps_its_public_url() throws Exception {
        SampleRows row = SampleRows.verified();
        row.publicUrl = "https://factcheck.example.org/fact-checks/11-old-words";

        JsonObject review = single(expand(claimReviews.claimReviewJson(row.build())));

        assertThat(id(review, "url")).isEqualTo("https://factcheck.example.org/fact-checks/11-old-words");
    }

    @Test
    void missing_fields_are_left_out_rather_than_written_as_null() throws Exception {
        SampleRows row = SampleRows.verified();
        row.claimant = null;
        row.articlePublishedAt = null;
        row.ratingScore = null;
        row.approvedAt = null;
        row.articleTitle = null;
        row.claimReviewed = null;
        String json = claimReviews.claimReviewJson(row.build());

        assertThat(json).doesNotContain("null");
        JsonObject review = single(expand(json));
        assertThat(review).doesNotContainKey(S + "datePublished");
        assertThat(value(review, "claimReviewed")).isEqualTo("North Korea has sent 11,000 soldiers to Russia.");
        JsonObject rating = node(review, "reviewRating");
        assertThat(rating).doesNotContainKeys(S + "ratingValue", S + "bestRating", S + "worstRating");
        assertThat(value(rating, "alternateName")).isEqualTo("Mostly true");
        JsonObject claim = node(review, "itemReviewed");
        assertThat(claim).doesNotContainKeys(S + "author", S + "datePublished");
        assertThat(node(claim, "appearance")).doesNotContainKey(S + "headline");
    }

    @Test
    void a_batch_is_one_array_that_expands_to_one_review_per_verified_claim() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleRows inReview = SampleRows.verified().claim(13, "The army lost 300 tanks.");
        inReview.status = "AWAITING_APPROVAL";
        try (RowWriter writer = new ClaimReviewWriter(claimReviews, out)) {
            writer.begin();
            writer.row(SampleRows.verified().claim(11, "North Korea sent 11,000 soldiers.").build());
            writer.row(SampleRows.verified().claim(12, "Troops arrived in Kursk in October.").build());
            writer.row(inReview.build());
            writer.end();
        }
        String json = out.toString(StandardCharsets.UTF_8);

        assertThat(json.strip()).startsWith("[").endsWith("]");
        JsonArray reviews = expand(json);
        assertThat(reviews).hasSize(2);
        assertThat(reviews.stream().map(v -> types(v.asJsonObject())))
                .allSatisfy(t -> assertThat(t).containsExactly(S + "ClaimReview"));
        assertThat(reviews.stream().map(v -> id(v.asJsonObject(), "url")))
                .containsExactlyInAnyOrder(
                        "https://factcheck.example.org/fact-checks/11-north-korea-sent-11-000-soldiers",
                        "https://factcheck.example.org/fact-checks/12-troops-arrived-in-kursk-in-october");
    }

    @Test
    void an_empty_batch_is_an_empty_array() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = new ClaimReviewWriter(claimReviews, out)) {
            writer.begin();
            writer.end();
        }

        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("[]");
    }

    @Test
    void the_writer_leaves_the_callers_stream_open() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (RowWriter writer = new ClaimReviewWriter(claimReviews, out)) {
            writer.begin();
            writer.row(SampleRows.verified().build());
            writer.end();
        }

        assertThat(closed[0]).isFalse();
        assertThat(expand(out.toString(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void a_claim_containing_a_closing_script_tag_cannot_end_an_embedding_script_element() throws Exception {
        SampleRows row = SampleRows.verified();
        row.claimReviewed = "He said </script><script>alert(1)</script> & more";

        String json = claimReviews.claimReviewJson(row.build());

        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(value(single(expand(json)), "claimReviewed"))
                .isEqualTo("He said </script><script>alert(1)</script> & more");
    }

    @Test
    void the_test_loader_serves_only_the_bundled_schema_org_context() {
        String elsewhere = "{\"@context\":\"https://contexts.example.org/ctx\",\"@type\":\"ClaimReview\"}";

        assertThatThrownBy(() -> expand(elsewhere)).isInstanceOf(JsonLdError.class);
    }

    // ---- JSON-LD helpers

    /** Serves schema.org's context from the test resources; refuses every other address. */
    static final class BundledSchemaOrg implements DocumentLoader {

        private static final Set<String> SCHEMA_ORG =
                Set.of("https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/");

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!SCHEMA_ORG.contains(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "No network in tests: " + url);
            }
            try (InputStream in = ClaimReviewJsonLdTest.class.getResourceAsStream("/jsonld/schemaorg-context.jsonld")) {
                JsonDocument context = JsonDocument.of(MediaType.JSON_LD, in);
                context.setDocumentUrl(url);
                return context;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
            }
        }
    }

    static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(new BundledSchemaOrg()).get();
    }

    private static JsonObject single(JsonArray expanded) {
        assertThat(expanded).hasSize(1);
        return expanded.getJsonObject(0);
    }

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The one node object under a schema.org term. */
    private static JsonObject node(JsonObject node, String term) {
        JsonArray values = node.getJsonArray(S + term);
        assertThat(values).as(term).hasSize(1);
        return values.getJsonObject(0);
    }

    /** The one literal value under a term, as text. */
    private static String value(JsonObject node, String term) {
        JsonValue v = node(node, term).get("@value");
        assertThat(v).as(term).isInstanceOf(JsonString.class);
        return ((JsonString) v).getString();
    }

    private static int number(JsonObject node, String term) {
        JsonValue v = node(node, term).get("@value");
        assertThat(v).as(term).isInstanceOf(JsonNumber.class);
        return ((JsonNumber) v).intValueExact();
    }

    /** The one IRI under a term (url is typed @id in schema.org's context). */
    private static String id(JsonObject node, String term) {
        return node(node, term).getString("@id");
    }
}
