package org.claimdesk.article;

import org.claimdesk.ApiClient;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.extraction.ExtractCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/extract} answers with the very JSON the {@code extract --json} command prints. */
@ClaimDeskSpringTest
class ExtractEndpointTest {

    private static final String TEXT = """
            Troops at the border

            SEOUL, Nov 6 -- South Korea's spy agency said on Wednesday that some 11,000 North Korean soldiers \
            had been sent to Russia, and that the aid was worth \u20AC2.5 billion.
            """;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private ApiClient api;
    private ObjectMapper json;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        json = api.json();
    }

    private JsonNode cli(String text) throws Exception {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ExtractCli.run(new String[] {"extract", "--json", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isEqualTo(ExtractCli.OK);
        return json.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_plain_text_request_gets_the_same_json_as_the_command_line() throws Exception {
        HttpResponse<String> reply = api.postText("/api/v1/extract", "checker", TEXT);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

        JsonNode fromApi = json.readTree(reply.body());
        assertThat(fromApi).isEqualTo(cli(TEXT));
        JsonNode soldiers = fromApi.get(0).get("quantities").get(0);
        assertThat(soldiers.get("text").asString()).isEqualTo("some 11,000 North Korean soldiers");
        assertThat(soldiers.get("value").isIntegralNumber()).as("11,000 is written as 11000, not 11000.0").isTrue();
        assertThat(reply.body()).contains("\"value\": 11000,").doesNotContain("11000.0")
                .contains("\u20AC2.5 billion"); // non-ASCII text arrives intact (UTF-8)
    }

    @Test
    void a_json_request_gets_the_same_json_as_the_command_line() throws Exception {
        ApiClient.Reply reply = api.call("POST", "/api/v1/extract", "checker", Map.of("text", TEXT));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(cli(TEXT));
    }
}
