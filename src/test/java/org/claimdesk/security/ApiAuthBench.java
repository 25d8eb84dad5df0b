package org.claimdesk.security;

import org.claimdesk.ApiClient;
import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * What signing in costs an API request: 500 sequential {@code GET /api/v1/me/queue} with a bearer token, then with
 * HTTP Basic (bcrypt), on the embedded app; prints median and p95 per request and asserts nothing. Not a Surefire
 * test by its name (no *Test): run it on its own, see BENCHMARKS.md ("API authentication cost"):
 * {@code mvn test -Dtest=ApiAuthBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ClaimDeskSpringTest
class ApiAuthBench {

    private static final int WARM_UP = 100;
    private static final int RUNS = 500;

    @LocalServerPort
    int port;

    @Test
    void bearer_versus_basic_on_my_queue() throws Exception {
        String token = new ApiClient(port).call("POST", "/api/v1/me/tokens", "checker",
                Map.of("name", "bench")).body().get("token").asString();
        String bearer = "Bearer " + token;
        String basic = "Basic " + Base64.getEncoder().encodeToString("checker:checker".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();

        time(http, bearer, WARM_UP);
        time(http, basic, WARM_UP);
        long[] withToken = time(http, bearer, RUNS);
        long[] withPassword = time(http, basic, RUNS);
        System.out.printf("API authentication cost, %d sequential GET /api/v1/me/queue (after %d warm-up each):%n",
                RUNS, WARM_UP);
        System.out.printf("  Bearer token : median %.2f ms, p95 %.2f ms%n", ms(withToken, 50), ms(withToken, 95));
        System.out.printf("  HTTP Basic   : median %.2f ms, p95 %.2f ms%n", ms(withPassword, 50), ms(withPassword, 95));
        System.out.printf("  ratio Basic/Bearer (median): %.1f%n", ms(withPassword, 50) / ms(withToken, 50));
    }

    private long[] time(HttpClient http, String authorization, int n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/queue"))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("expected 200, got " + response.statusCode() + ": " + response.body());
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
