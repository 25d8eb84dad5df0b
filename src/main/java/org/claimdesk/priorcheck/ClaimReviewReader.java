package org.claimdesk.priorcheck;

import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.WebLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads schema.org ClaimReview JSON-LD in the compact form publishers write it: one object, an array, a
 * {@code @graph}, or a whole HTML page (every {@code <script type="application/ld+json">} in it). ClaimReviews
 * are found at any depth (a WebPage's {@code mainEntity}, a graph's node); other types are passed over. Each one
 * is checked completely; the first thing wrong stops the whole input, with a message naming the review (its
 * position and link) and the field, so an import stores all or nothing.
 */
final class ClaimReviewReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ClaimReviewReader() {
    }

    /** The ClaimReviews in the input, in the order they appear; never empty. */
    static List<ClaimReviewItem> read(String input) {
        if (input == null || input.isBlank()) {
            throw new InputRejectedException("input", "Paste or upload ClaimReview JSON-LD, or a fact check's HTML page.");
        }
        if (input.length() > PriorCheckLimits.MAX_INPUT) {
            throw new InputRejectedException("input", "The input is over the limit of "
                    + PriorCheckLimits.MAX_INPUT / 1_000_000 + " million characters.");
        }
        List<JsonNode> reviews = new ArrayList<>();
        String text = input.strip();
        if (text.startsWith("<")) {
            List<Element> scripts = Jsoup.parse(text).select("script[type]").stream()
                    .filter(s -> s.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json"))
                    .toList();
            if (scripts.isEmpty()) {
                throw new InputRejectedException("input", "The page has no <script type=\"application/ld+json\">: "
                        + "paste the fact check's page source or its JSON-LD.");
            }
            for (int i = 0; i < scripts.size(); i++) {
                collect(parse(scripts.get(i).data(), "JSON-LD script " + (i + 1) + " of " + scripts.size()), reviews);
            }
        } else {
            collect(parse(text, "The input"), reviews);
        }
        if (reviews.isEmpty()) {
            throw new InputRejectedException("input",
                    "No ClaimReview found: the input has no object whose @type is ClaimReview.");
        }
        if (reviews.size() > PriorCheckLimits.MAX_ITEMS) {
            throw new InputRejectedException("input", "At most " + PriorCheckLimits.MAX_ITEMS
                    + " ClaimReviews at once; this input has " + reviews.size() + ".");
        }
        List<ClaimReviewItem> items = new ArrayList<>(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            items.add(item(reviews.get(i), i + 1, reviews.size()));
        }
        return items;
    }

    private static JsonNode parse(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputRejectedException("input", what + " is not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") );
        }
    }

    /** Every ClaimReview at any depth; a ClaimReview's own insides are not searched. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.values().forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            if (isClaimReview(node.get("@type"))) {
                into.add(node);
                return;
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                collect(property.getValue(), into);
            }
        }
    }

    /** "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview", or an array holding one. */
    private static boolean isClaimReview(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            return type.values().stream().anyMatch(ClaimReviewReader::isClaimReview);
        }
        if (!type.isString()) {
            return false;
        }
        String t = type.stringValue().strip();
        return t.equals("ClaimReview") || t.endsWith(":ClaimReview") || t.endsWith("/ClaimReview");
    }

    private static ClaimReviewItem item(JsonNode review, int position, int count) {
        String url = textOf(review.get("url"));
        String which = "ClaimReview " + position + " of " + count + (url == null ? "" : " (" + clip(url) + ")");
        try {
            String claimReviewed = Inputs.requiredText(textOf(review.get("claimReviewed")), "claimReviewed",
                    "\"claimReviewed\" is missing: the claim that was checked.", PriorCheckLimits.MAX_CLAIM_REVIEWED);
            if (url == null) {
                throw new InputRejectedException("url", "\"url\" is missing: the link to the published fact check.");
            }
            String reviewUrl = WebLinks.check(url, "url");
            JsonNode rating = first(review.get("reviewRating"));
            String label = Inputs.optionalText(textOf(rating == null ? null
                    : rating.has("alternateName") ? rating.get("alternateName") : rating.get("name")),
                    "reviewRating.alternateName", PriorCheckLimits.MAX_RATING_LABEL);
            Double value = number(rating, "ratingValue");
            if (label == null && value == null) {
                throw new InputRejectedException("reviewRating", "\"reviewRating\" needs an \"alternateName\" "
                        + "(the rating in words) or a \"ratingValue\".");
            }
            JsonNode outlet = first(review.get("author"));
            JsonNode claimed = first(review.get("itemReviewed"));
            JsonNode claimant = claimed == null ? null : first(claimed.get("author"));
            return new ClaimReviewItem(
                    Inputs.optionalText(nameOf(outlet), "author.name", PriorCheckLimits.MAX_OUTLET),
                    WebLinks.check(outlet == null ? null : textOf(outlet.get("url")), "author.url"),
                    claimReviewed,
                    Inputs.optionalText(nameOf(claimant), "itemReviewed.author.name", PriorCheckLimits.MAX_CLAIMANT),
                    Inputs.optionalText(claimant == null || !claimant.isObject() ? null : textOf(first(claimant.get("@type"))),
                            "itemReviewed.author.@type", PriorCheckLimits.MAX_CLAIMANT_TYPE),
                    WebLinks.check(appearance(claimed), "itemReviewed.appearance"),
                    label, value, number(rating, "bestRating"), number(rating, "worstRating"),
                    reviewUrl,
                    date(review.get("datePublished"), "datePublished"),
                    date(claimed == null ? null : claimed.get("datePublished"), "itemReviewed.datePublished"));
        } catch (InputRejectedException e) {
            throw new InputRejectedException(e.field(), which + ": " + e.getMessage());
        }
    }

    /** The first appearance's link: "appearance" (or "firstAppearance") as a link, an object with a url, or an array. */
    private static String appearance(JsonNode claimed) {
        if (claimed == null || !claimed.isObject()) {
            return null;
        }
        JsonNode a = first(claimed.has("appearance") ? claimed.get("appearance") : claimed.get("firstAppearance"));
        if (a == null) {
            return null;
        }
        return a.isObject() ? textOf(a.has("url") ? a.get("url") : a.get("@id")) : textOf(a);
    }

    /** An object's name, or the text itself when the publisher wrote a plain string. */
    private static String nameOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? textOf(node.get("name")) : textOf(node);
    }

    /** The first element of an array, the node itself otherwise. */
    private static JsonNode first(JsonNode node) {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : node.get(0);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** A string, a number as written, or a JSON-LD value object's {@code @value}; null for anything else. */
    private static String textOf(JsonNode node) {
        node = first(node);
        if (node == null) {
            return null;
        }
        if (node.isObject() && node.has("@value")) {
            return textOf(node.get("@value"));
        }
        if (node.isString()) {
            return node.stringValue().isBlank() ? null : node.stringValue();
        }
        return node.isNumber() ? node.asString() : null;
    }

    private static Double number(JsonNode rating, String field) {
        String text = rating == null ? null : textOf(rating.get(field));
        if (text == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputRejectedException("reviewRating." + field, "\"reviewRating." + field + "\" is not a number: \""
                + clip(text) + "\".");
    }

    /** An ISO date, or the date part of an ISO date-time ("2024-10-23T09:00:00+02:00"). */
    private static LocalDate date(JsonNode node, String field) {
        String text = textOf(node);
        if (text == null) {
            return null;
        }
        String d = text.strip();
        if (d.length() >= 10 && ISO_DATE.matcher(d.substring(0, 10)).matches()) {
            try {
                return LocalDate.parse(d.substring(0, 10));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new InputRejectedException(field, "\"" + field + "\" is not a date like 2024-10-23: \"" + clip(d) + "\".");
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
