package org.claimdesk.export;

import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One verified claim as a schema.org {@code ClaimReview}, the structured data search engines' fact-check indexes
 * read (Google's Fact Check Explorer among them): what was claimed ({@code claimReviewed}), the rating on the
 * scale ({@code reviewRating}), the claim with who made it and where it appeared ({@code itemReviewed}), who
 * checked it ({@code author}, the newsroom), when ({@code datePublished}) and the public page ({@code url}).
 * Fields without a value are left out, never written as null. The export writes these in one JSON array
 * ({@link ClaimReviewWriter}); the public fact-check page embeds one.
 *
 * <p>The JSON text is safe inside an HTML {@code <script type="application/ld+json">}: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}-style escapes, so a claim containing {@code </script>} cannot end
 * the script element.
 */
public final class ClaimReviewJson {

    public static final String CONTEXT = "https://schema.org";

    /**
     * The rating scale's score range: {@code RatingScale} accepts scores 1 (false) to 5 (true) only, so every
     * {@code ratingValue} lies in it.
     */
    public static final int WORST_RATING = 1;
    public static final int BEST_RATING = 5;

    private final PublisherSettings settings;
    private final JsonMapper mapper;

    public ClaimReviewJson(PublisherSettings settings) {
        this.settings = settings;
        this.mapper = JsonMapper.builder(JsonFactory.builder().characterEscapes(new ScriptSafeEscapes()).build())
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** The mapper the JSON is written with (HTML-safe escapes, never closes the caller's stream). */
    JsonMapper mapper() {
        return mapper;
    }

    /** The row's ClaimReview as a JSON tree. */
    public ObjectNode claimReview(ExportRow row) {
        ObjectNode review = mapper.createObjectNode();
        review.put("@context", CONTEXT);
        review.put("@type", "ClaimReview");
        review.put("url", publicUrl(row));
        putText(review, "claimReviewed", claimReviewed(row));
        ObjectNode rating = reviewRating(row);
        if (rating != null) {
            review.set("reviewRating", rating);
        }
        review.set("itemReviewed", itemReviewed(row));
        review.set("author", publisher());
        putDate(review, "datePublished", row.approvedAt());
        return review;
    }

    /** The row's ClaimReview as JSON text. */
    public String claimReviewJson(ExportRow row) {
        return mapper.writeValueAsString(claimReview(row));
    }

    /** The claim's public page: where it is published, otherwise the stable address it will have. */
    public String publicUrl(ExportRow row) {
        if (row.publicUrl() != null && !row.publicUrl().isBlank()) {
            return row.publicUrl();
        }
        return FactCheckUrls.url(settings.publicBaseUrl(), row.claimId(), claimReviewed(row));
    }

    /** The short form of the claim; the claim's own words when no short form was written. */
    static String claimReviewed(ExportRow row) {
        String text = row.claimReviewed() != null && !row.claimReviewed().isBlank() ? row.claimReviewed()
                : row.claimText();
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    private ObjectNode reviewRating(ExportRow row) {
        if (row.ratingLabel() == null && row.ratingScore() == null) {
            return null;
        }
        ObjectNode rating = mapper.createObjectNode();
        rating.put("@type", "Rating");
        if (row.ratingScore() != null) {
            rating.put("ratingValue", row.ratingScore().intValue());
            rating.put("bestRating", BEST_RATING);
            rating.put("worstRating", WORST_RATING);
        }
        putText(rating, "alternateName", row.ratingLabel());
        return rating;
    }

    private ObjectNode itemReviewed(ExportRow row) {
        ObjectNode claim = mapper.createObjectNode();
        claim.put("@type", "Claim");
        ClaimantKind kind = ClaimantKind.of(row.claimant());
        if (kind != null) {
            ObjectNode author = claim.putObject("author");
            author.put("@type", kind.schemaType);
            author.put("name", row.claimant().strip());
        }
        putDate(claim, "datePublished", row.articlePublishedAt());
        if (hasText(row.articleUrl()) || hasText(row.articleTitle())) {
            ObjectNode appearance = claim.putObject("appearance");
            appearance.put("@type", "CreativeWork");
            putText(appearance, "url", row.articleUrl());
            putText(appearance, "headline", row.articleTitle());
        }
        return claim;
    }

    private ObjectNode publisher() {
        ObjectNode org = mapper.createObjectNode();
        org.put("@type", "Organization");
        org.put("name", settings.name());
        putText(org, "url", settings.url());
        return org;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (hasText(value)) {
            node.put(field, value.strip());
        }
    }

    /** An ISO 8601 date-time in UTC ("2025-03-15T09:30:00Z"). */
    private static void putDate(ObjectNode node, String field, Instant value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    /** An ISO 8601 date ("2025-03-14"). */
    private static void putDate(ObjectNode node, String field, LocalDate value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /** Escapes the characters that could end or confuse an HTML script element, and the JS line separators. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(ch == 0x2028 ? "\\u2028" : "\\u2029");
            }
            return null;
        }
    }
}
