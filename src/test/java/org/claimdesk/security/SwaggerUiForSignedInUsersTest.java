package org.claimdesk.security;

import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Swagger UI of the API (/api/v1/docs) for a person signed in to the UI: its page, its assets and the document
 * it loads are served with the UI's session; anyone not signed in is sent to the sign-in page. Scripts read the
 * document with HTTP Basic and get no session.
 */
@ClaimDeskSpringTest
class SwaggerUiForSignedInUsersTest {

    @LocalServerPort
    int port;

    @Test
    void a_signed_in_user_gets_the_swagger_ui_its_assets_and_the_document() throws Exception {
        UserHttp browser = new UserHttp(port);
        assertThat(browser.signIn("checker", "checker").headers().firstValue("Location").orElse(""))
                .doesNotContain("error");

        HttpResponse<String> docs = browser.get("/api/v1/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String page = URI.create(docs.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(page).isEqualTo("/api/v1/swagger-ui/index.html");

        HttpResponse<String> index = browser.get(page);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(index.body()).contains("swagger-ui-bundle.js");

        HttpResponse<String> script = browser.get("/api/v1/swagger-ui/swagger-ui-bundle.js", "*/*");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        HttpResponse<String> styles = browser.get("/api/v1/swagger-ui/swagger-ui.css", "text/css,*/*;q=0.1");
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");

        HttpResponse<String> unknown = browser.get("/api/v1/swagger-ui/no-such-file.js", "*/*");
        assertThat(unknown.statusCode()).as("a missing asset is a 404, not Vaadin's page").isEqualTo(404);

        HttpResponse<String> config = browser.get("/api/v1/openapi.json/swagger-config", "application/json,*/*");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/api/v1/openapi.json\"");
        HttpResponse<String> document = browser.get("/api/v1/openapi.json", "application/json,*/*");
        assertThat(document.statusCode()).as("the page loads the document with the session").isEqualTo(200);
        assertThat(document.body()).contains("\"ClaimDesk API\"");

        assertThat(browser.get("/articles").statusCode()).as("the Vaadin UI still answers the session").isEqualTo(200);
    }

    @Test
    void anyone_not_signed_in_is_sent_to_the_sign_in_page() throws Exception {
        UserHttp browser = new UserHttp(port);
        for (String path : new String[]{"/api/v1/docs", "/api/v1/swagger-ui/index.html",
                "/api/v1/swagger-ui/swagger-ui-bundle.js"}) {
            HttpResponse<String> answer = browser.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
    }

    @Test
    void a_script_reads_the_document_with_http_basic_and_gets_no_session() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("checker:checker".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void the_documentation_is_read_only() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("checker:checker".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
    }
}
