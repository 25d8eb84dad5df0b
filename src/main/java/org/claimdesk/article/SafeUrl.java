package org.claimdesk.article;

import org.claimdesk.shared.InputRejectedException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Accepts only absolute http and https links with a host; everything else (javascript:, data:, ...) is refused. */
final class SafeUrl {

    private SafeUrl() {
    }

    /** The link normalized (scheme and host in lower case), or null when blank. */
    static String check(String url, String field) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.length() > ArticleLimits.MAX_URL) {
            throw new InputRejectedException(field, "The link is at most " + ArticleLimits.MAX_URL + " characters.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InputRejectedException(field, "The link is not a valid web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputRejectedException(field, "Only http:// and https:// links are accepted.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InputRejectedException(field, "The link needs a host name, like https://example.org/story.");
        }
        try {
            return new URI(scheme, uri.getRawUserInfo() == null ? null : uri.getUserInfo(),
                    uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toASCIIString();
        } catch (URISyntaxException e) {
            throw new InputRejectedException(field, "The link is not a valid web address.");
        }
    }
}
