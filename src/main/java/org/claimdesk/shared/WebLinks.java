package org.claimdesk.shared;


import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts only absolute http and https links with a host; everything else (javascript:, data:, ...) is refused.
 * A link is stored as it was given: percent-escapes are never decoded (`?q=a%26b` is not `?q=a&b`, `/a%2Fb`
 * is not `/a/b`). The only changes are the ones that cannot make it point elsewhere: scheme and host in
 * lower case, the default port dropped, non-ASCII characters percent-encoded as UTF-8 (an IDN host in its
 * xn-- form), as a browser sends them.
 */
public final class WebLinks {

    /** The longest link stored anywhere (articles, sources, archived copies), counted in its stored form. */
    public static final int MAX_URL = 2000;

    private WebLinks() {
    }

    /** scheme "://" authority, then the rest (path, query, fragment) as given. */
    private static final Pattern ABSOLUTE = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", Pattern.DOTALL);

    /** A top-level label of a public name: letters, or an internationalized one (xn--). */
    private static final Pattern PUBLIC_TLD = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    /** Names that never leave the machine or the local network (RFC 6761, 6762, 8375, and common use). */
    private static final Set<String> LOCAL_SUFFIXES = Set.of("localhost", "localdomain", "local", "home.arpa",
            "internal", "intranet", "lan", "home", "corp");

    /**
     * Second-level labels under which outlets register their names (example.co.uk, example.com.au): the
     * outlet's domain then has three labels. A short list, not the whole public suffix list; unknown
     * suffixes fall back to the last two labels.
     */
    private static final Set<String> SECOND_LEVEL = Set.of(
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
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1); // example.org. is example.org
        }
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
                : String.join(".", Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /**
     * The link as stored (see the class comment), or null when blank. Any host is accepted: for links that only
     * record where something came from (an article's address), an intranet host is a fair answer.
     */
    public static String check(String url, String field) {
        return checked(url, field, false);
    }

    /**
     * Like {@link #check}, for links that stand for a public outlet (sources and their archived copies): the
     * host must be a public domain name. IP addresses, localhost and local-network names are refused, decided
     * from the host as written (no DNS look-up), so such a link never counts as an independent publisher.
     */
    public static String checkPublic(String url, String field) {
        return checked(url, field, true);
    }

    private static String checked(String url, String field, boolean publicOnly) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String given = url.strip();
        if (given.length() > MAX_URL) {
            throw tooLong(field);
        }
        Matcher parts = ABSOLUTE.matcher(given);
        if (!parts.matches()) {
            throw refused(field, given.regionMatches(true, 0, "http", 0, 4) || given.contains("://")
                    ? "The link is not a valid web address." : "Only http:// and https:// links are accepted.");
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(field, "Only http:// and https:// links are accepted.");
        }
        String authority = parts.group(2);
        if (authority.contains("@")) {
            throw refused(field, "The link contains a user name or password; remove them (give the link without \"user:password@\").");
        }
        int port = portOf(authority, field);
        String rest;
        URI uri;
        try {
            rest = percentEncodeNonAscii(parts.group(3));
            uri = new URI(scheme + "://" + asciiHost(authority) + rest);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw refused(field, "The link is not a valid web address.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused(field, "The link needs a host name, like https://example.org/story.");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (publicOnly) {
            String why = notPublic(host);
            if (why != null) {
                throw refused(field, why);
            }
        }
        boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        String stored = scheme + "://" + host + (defaultPort ? "" : ":" + port) + rest;
        if (stored.length() > MAX_URL) {
            throw tooLong(field);
        }
        return stored;
    }

    /** The port written in the authority, -1 when none; refused unless 1 to 65535. */
    private static int portOf(String authority, String field) {
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || authority.lastIndexOf(']') > colon) {
            return -1; // no port, or the colons of an IPv6 address
        }
        String digits = authority.substring(colon + 1);
        if (digits.isEmpty()) {
            return -1; // "example.org:" is example.org
        }
        if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 65535) {
            throw refused(field, "The link's port is not a number from 1 to 65535.");
        }
        return Integer.parseInt(digits);
    }

    /** Why a host is not a public outlet's (null when it is one): decided from its spelling only. */
    private static String notPublic(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.startsWith("[") || name.matches("[0-9.]+")) {
            return "Give the outlet's web address with its domain name, not an IP address.";
        }
        String[] labels = name.split("\\.");
        String tld = labels[labels.length - 1];
        for (int i = 0; i < labels.length; i++) {
            String suffix = String.join(".", Arrays.copyOfRange(labels, i, labels.length));
            if (LOCAL_SUFFIXES.contains(suffix)) {
                return "The link points to a local or private address; a source needs a public web address.";
            }
        }
        if (labels.length < 2 || !PUBLIC_TLD.matcher(tld).matches()) {
            // a single name ("intranet") is resolved on the local network; a numeric last label ("127.1",
            // "0x7f.1") is an IP address in another spelling
            return "The link points to a local or private address; a source needs a public web address.";
        }
        return null;
    }

    /** The authority with an internationalized host name in its ASCII (xn--) form. */
    private static String asciiHost(String authority) {
        if (authority.chars().allMatch(c -> c < 0x80)) {
            return authority;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon);
        return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port;
    }

    /** Non-ASCII characters as UTF-8 percent-escapes; everything else, escapes included, as given. */
    private static String percentEncodeNonAscii(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                throw new IllegalArgumentException("not a link character");
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static InputRejectedException tooLong(String field) {
        return refused(field, "The link is at most " + MAX_URL + " characters (each accented or non-Latin letter counts as 6 to 12 once encoded).");
    }

    private static InputRejectedException refused(String field, String message) {
        return new InputRejectedException(field, message);
    }
}
