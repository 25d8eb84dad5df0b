package org.claimdesk.base;

import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The favicon over real HTTP, before signing in (the sign-in page shows it too). */
@ClaimDeskSpringTest
class FaviconTest {

    @LocalServerPort
    int port;

    @Test
    void the_favicon_is_served_to_anyone_as_an_icon() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).contains("icon");
        // an ICO file: reserved 0, type 1 (icon), then at least one image
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        assertThat(icon.body().length).isGreaterThan(100);
    }

    @Test
    void the_sign_in_page_links_the_favicon() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<link(?=[^>]*rel=\"icon\")(?=[^>]*href=\"favicon.ico\")[^>]*>");
    }
}
