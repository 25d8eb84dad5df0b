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
 * frontend/scripts/shortcuts.js reaches the browser (the build's copy and the security permit): served as
 * JavaScript, since a browser refuses to run a script answered with any other type (or a 403 page).
 */
@ClaimDeskSpringTest
class ShortcutScriptOverHttpTest {

    @LocalServerPort
    int port;

    @Test
    void the_shortcut_script_is_served_as_javascript() throws Exception {
        HttpResponse<String> js = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/scripts/shortcuts.js")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).matches("(text|application)/javascript.*"));
        assertThat(js.body()).contains("claimdesk-shortcut", ".skip-link");
    }
}
