package org.claimdesk.shared;


import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Accepts only absolute http and https links with a host; everything else (javascript:, data:, ...) is refused. */
public final class WebLinks {

    /** The longest link stored anywhere (articles, sources, archived copies). */
    public static final int MAX_URL = 2000;

    private WebLinks() {
    }

    /**
     * Second-level labels under which outlets register their names (example.co.uk, example.com.au): the
     * outlet's domain then has three labels. A short list, not the whole public suffix list; unknown
     * suffixes fall back to the last two labels.
     */
    private static final java.util.Set<String> SECOND_LEVEL = java.util.Set.of(
            "co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gv", "info", "nic", "mil");

    /** The host of a checked link without a leading "www.": where the link points. */
    public static String hostOf(String checkedUrl) {
        String host = URI.create(checkedUrl).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The outlet a link belongs to: its registrable domain, so news.example.org, m.example.org and
     * www.example.org are one outlet (two stories from one outlet count once).
     */
    public static String domainOf(String checkedUrl) {
        String host = hostOf(checkedUrl);
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return host; // an IP address is its own outlet
        }
        String[] labels = host.split("\\.");
        int keep = 2;
        if (labels.length >= 3 && labels[labels.length - 1].length() == 2
                && SECOND_LEVEL.contains(labels[labels.length - 2])) {
            keep = 3;
        }
        return labels.length <= keep ? host
                : String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /** The link normalized (scheme and host in lower case), or null when blank. */
    public static String check(String url, String field) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL) {
            throw new InputRejectedException(field, "The link is at most " + MAX_URL + " characters.");
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
