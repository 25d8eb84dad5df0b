package org.claimdesk.base;

import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our stylesheet lives in frontend/styles/ and reaches the app only through the build's copy into the static
 * resources: a broken copy, a wrong @StyleSheet path or a missing security permit fails here, not in a browser.
 */
@ClaimDeskSpringTest
class StyleSheetOverHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_sign_in_page_links_the_stylesheet_from_frontend() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"./styles/claimdesk.css");
    }

    @Test
    void the_stylesheet_is_served_as_css_to_anyone_with_the_status_colours() throws Exception {
        HttpResponse<String> css = get("/styles/claimdesk.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains(".status-badge.status-awaiting-approval");
    }
}
