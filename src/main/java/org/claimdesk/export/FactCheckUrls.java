package org.claimdesk.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The stable public address of a claim's fact-check page: {@code <base>/fact-checks/<claimId>-<slug>}. The id
 * comes first so two claims with the same words never share a page, and the page is found by its id even when the
 * short text is edited later; the slug is only there for readers and search engines.
 */
public final class FactCheckUrls {

    /** The longest slug text (after the id), in characters. */
    public static final int MAX_SLUG = 60;

    private FactCheckUrls() {
    }

    /**
     * The words as a slug: lower-case ASCII letters and digits joined by single hyphens, accents dropped
     * ("Côte d'Ivoire" is "cote-d-ivoire"), at most {@value #MAX_SLUG} characters, cut at a hyphen when one is
     * near; empty when nothing is left.
     */
    public static String slugOf(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            boolean wordEnds = slug.charAt(MAX_SLUG) == '-';
            slug = slug.substring(0, MAX_SLUG);
            int hyphen = slug.lastIndexOf('-');
            // cut after the last whole word, unless that throws most of the text away (one very long word)
            if (!wordEnds && hyphen >= MAX_SLUG / 2) {
                slug = slug.substring(0, hyphen);
            }
            slug = slug.replaceAll("-+$", "");
        }
        return slug;
    }

    /** The page's last path segment: "12-north-korea-sent-troops", or only the id when the text has no letters. */
    public static String slug(long claimId, String claimReviewed) {
        String words = slugOf(claimReviewed);
        return words.isEmpty() ? Long.toString(claimId) : claimId + "-" + words;
    }

    /** The page's path from the site root: "/fact-checks/12-north-korea-sent-troops". */
    public static String path(long claimId, String claimReviewed) {
        return "/fact-checks/" + slug(claimId, claimReviewed);
    }

    /** The full address of the page whose last path segment is {@code slug} (a trailing slash on the base is ignored). */
    public static String urlOfSlug(String publicBaseUrl, String slug) {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
        return base + "/fact-checks/" + slug;
    }

    /** The page's full address under {@code publicBaseUrl} (a trailing slash on the base is ignored). */
    public static String url(String publicBaseUrl, long claimId, String claimReviewed) {
        return urlOfSlug(publicBaseUrl, slug(claimId, claimReviewed));
    }
}
