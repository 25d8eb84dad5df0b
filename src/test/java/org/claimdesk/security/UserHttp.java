package org.claimdesk.security;

import org.claimdesk.ApiClient.Reply;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP as a user with any password (ApiClient knows only the demo passwords), and a browser-like session: the
 * form login of the UI with the CSRF token of the sign-in page, its session cookie kept for later requests.
 */
final class UserHttp {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The client address a loopback proxy names in X-Forwarded-For; null: none (the test's own, 127.0.0.1). */
    private final String forwardedFor;

    UserHttp(int port) {
        this(port, null);
    }

    /** A browser on another machine (see SignInAttempts), so its failed sign-ins pause nobody else's address. */
    UserHttp(int port, String forwardedFor) {
        this.port = port;
        this.forwardedFor = forwardedFor;
    }

    /** An API call with HTTP Basic; {@code body} is sent as JSON. */
    Reply api(String method, String path, String user, String password, Object body) throws Exception {
        String payload = body == null ? null : json.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (payload != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body().isBlank() ? null : json.readTree(response.body()));
    }

    /** Signs in through the UI's login form, as a browser does; the answer is the form's redirect. */
    HttpResponse<String> signIn(String user, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the sign-in page: " + page.body());
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return browser.send(from(HttpRequest.newBuilder(uri("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs out as the UI's sign-out does: a POST to /logout with the CSRF token of a signed-in page. */
    HttpResponse<String> signOut() throws Exception {
        HttpResponse<String> page = get("/articles");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the page: " + page.statusCode() + " " + page.body());
        }
        return browser.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A page request with this browser's cookies (its session, once signed in). */
    HttpResponse<String> get(String path) throws Exception {
        return get(path, "text/html");
    }

    /** A request with this browser's cookies, as a page's script makes it (e.g. Accept: application/json). */
    HttpResponse<String> get(String path, String accept) throws Exception {
        return browser.send(from(HttpRequest.newBuilder(uri(path))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder from(HttpRequest.Builder request) {
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
