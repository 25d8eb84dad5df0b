package org.claimdesk.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-in attempts over HTTP as if from another machine: a proxy on loopback may name the client's address in
 * X-Forwarded-For (server.forward-headers-strategy), so each test plays its own attacker address and never
 * pauses the address the other tests use.
 */
final class SignInAttempts {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final int port;
    /** Keeps cookies like a browser, so a test sees whether a session got signed in. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager()).build();

    SignInAttempts(int port) {
        this.port = port;
    }

    /** An address no other test uses (a documentation range, 198.18.0.0/15). */
    static String freshAddress() {
        int n = NEXT.getAndIncrement() + (int) (ProcessHandle.current().pid() % 200) * 250;
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    /** GET /api/v1/me/queue with HTTP Basic from {@code address}. */
    HttpResponse<String> basic(String address, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/me/queue"))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET /api/v1/me/queue with an API token from {@code address}. */
    HttpResponse<String> bearer(String address, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/me/queue"))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form's POST without the page's CSRF token, as a forged cross-site form would send it. */
    HttpResponse<String> formWithoutToken(String user, String password) throws Exception {
        String form = "username=" + enc(user) + "&password=" + enc(password);
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra headers (name, value, name, value, ...). */
    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
