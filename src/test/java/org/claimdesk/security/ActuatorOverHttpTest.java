package org.claimdesk.security;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The actuator endpoints: health for anyone (status only), info and Prometheus metrics for admins only. */
@ClaimDeskSpringTest
class ActuatorOverHttpTest {

    @LocalServerPort
    int port;

    @Test
    void health_is_public_and_tells_anonymous_callers_only_its_status() throws Exception {
        Reply anonymous = new ApiClient(port).call("GET", "/actuator/health", null, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().propertyNames()).containsExactly("status");
        assertThat(anonymous.body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void health_shows_admins_the_database() throws Exception {
        Reply admin = new ApiClient(port).call("GET", "/actuator/health", "admin", null);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body().path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_need_admin_credentials() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "editor").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "checker").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", ApiClient.WRONG_PASSWORD).statusCode()).isEqualTo(401);
        HttpResponse<String> admin = get("/actuator/prometheus", "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(admin.body()).contains("http_server_requests_seconds_count", "claimdesk_ui_active");
    }

    @Test
    void other_actuator_endpoints_stay_closed_even_to_admins() throws Exception {
        assertThat(get("/actuator/env", "admin").statusCode()).isIn(403, 404);
        assertThat(get("/actuator/beans", "admin").statusCode()).isIn(403, 404);
        assertThat(get("/actuator/env", null).statusCode()).isEqualTo(401);
    }

    @Test
    void info_names_the_application_and_its_version_for_admins_only() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.call("GET", "/actuator/info", null, null).status()).isEqualTo(401);
        assertThat(api.call("GET", "/actuator/info", "editor", null).status()).isEqualTo(403);
        Reply info = api.call("GET", "/actuator/info", "admin", null);
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body().path("build").path("name").asString()).isEqualTo("ClaimDesk");
        assertThat(info.body().path("build").path("version").asString()).isNotBlank();
    }

    @Test
    void an_import_and_an_export_show_up_in_the_metrics() throws Exception {
        ApiClient api = new ApiClient(port);
        String before = get("/actuator/prometheus", "admin").body();

        String tag = TestArticles.uniqueTag();
        Reply imported = api.call("POST", "/api/v1/articles", "editor",
                Map.of("title", "Metrics " + tag, "text", TestArticles.story(tag)));
        assertThat(imported.status()).isEqualTo(201);
        int claims = imported.body().get("claims").size();
        HttpResponse<String> export = get("/api/v1/export?format=csv&status=ALL&article=" + imported.body().get("id").asLong(), "editor");
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);

        String after = get("/actuator/prometheus", "admin").body();
        assertThat(value(after, "claimdesk_articles_imported_total")).isEqualTo(value(before, "claimdesk_articles_imported_total") + 1);
        assertThat(value(after, "claimdesk_claims_extracted_total")).isEqualTo(value(before, "claimdesk_claims_extracted_total") + claims);
        assertThat(value(after, "claimdesk_extraction_seconds_count")).isGreaterThan(value(before, "claimdesk_extraction_seconds_count"));
        assertThat(value(after, "claimdesk_article_import_seconds_count{outcome=\"imported\"}"))
                .isEqualTo(value(before, "claimdesk_article_import_seconds_count{outcome=\"imported\"}") + 1);
        assertThat(value(after, "claimdesk_exports_total{format=\"csv\",outcome=\"completed\"}"))
                .isEqualTo(value(before, "claimdesk_exports_total{format=\"csv\",outcome=\"completed\"}") + 1);
        assertThat(value(after, "claimdesk_export_rows_total{format=\"csv\"}"))
                .isEqualTo(value(before, "claimdesk_export_rows_total{format=\"csv\"}") + claims);
    }

    /** The value of one series in the Prometheus text format, 0 when it is not there yet. */
    private static double value(String exposition, String series) {
        return exposition.lines()
                .filter(line -> line.startsWith(series + " "))
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]))
                .findFirst().orElse(0.0);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String login = user.equals(ApiClient.WRONG_PASSWORD) ? "admin" : user;
            String password = user.equals(ApiClient.WRONG_PASSWORD) ? "nope" : user;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
