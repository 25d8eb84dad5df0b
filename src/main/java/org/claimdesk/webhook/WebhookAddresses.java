package org.claimdesk.webhook;

import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.WebLinks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where a webhook may point: an absolute http or https URL whose host resolves only to public addresses. A
 * webhook is a request the server makes on an admin's behalf, so without this check it could reach the
 * intranet, the machine itself or a cloud metadata service (server-side request forgery). The host is resolved
 * when the webhook is saved and again before every delivery, since DNS can change in between. Private addresses
 * are allowed only when {@code claimdesk.webhooks.allow-private-addresses} is true (a receiver on the same
 * network; the tests' local server).
 */
public class WebhookAddresses {

    /** Resolves a host name to its addresses (replaced in unit tests, so they need no DNS). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookAddresses(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * The URL as stored (see {@link WebLinks}); refused with a message for the admin when it is not http(s), has
     * no host, cannot be resolved or resolves to an address a webhook may not reach.
     */
    public String checked(String url) {
        String stored = WebLinks.check(url, "url");
        if (stored == null) {
            throw new InputRejectedException("url", "Give the webhook's URL, like https://cms.example.org/hooks/claimdesk.");
        }
        checkReachable(stored);
        return stored;
    }

    /** Refuses a stored URL whose host (now) resolves to an address a webhook may not reach. */
    public void checkReachable(String storedUrl) {
        if (allowPrivate) {
            return;
        }
        String host = URI.create(storedUrl).getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new InputRejectedException("url", "The host " + host + " cannot be found (no DNS entry).");
        }
        for (InetAddress a : addresses) {
            String why = notPublic(a);
            if (why != null) {
                throw new InputRejectedException("url", "The host " + host + " resolves to " + a.getHostAddress()
                        + ", " + why + "; a webhook must point at a public address.");
            }
        }
    }

    /** Why an address is not a public one (null when it is). */
    static String notPublic(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "an unspecified address"; // 0.0.0.0/8, "this network"
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "a private address"; // 100.64.0.0/10, carrier-grade NAT
            }
            if (first == 255) {
                return "a broadcast address";
            }
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private address"; // fc00::/7, unique local (isSiteLocalAddress knows only fec0::/10)
            }
            if (isIpv4Mapped(b)) {
                try {
                    return notPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return "an address that cannot be read";
                }
            }
        }
        return null;
    }

    /** ::ffff:a.b.c.d (Java usually turns it into an IPv4 address itself, but not for every spelling). */
    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
