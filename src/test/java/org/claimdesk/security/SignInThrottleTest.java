package org.claimdesk.security;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of the issue, over real HTTP: 8 parallel clients making 200 password guesses. Each test plays its
 * own client address (X-Forwarded-For from loopback) and its own account, so no other test is paused.
 */
@ClaimDeskSpringTest
class SignInThrottleTest {

    private static final String PASSWORD = "a-long-password-1";

    @LocalServerPort
    int port;

    private String newUser() throws Exception {
        String name = "guess-" + TestArticles.uniqueTag();
        Reply created = new ApiClient(port).call("POST", "/api/v1/users", "admin", Map.of("username", name,
                "displayName", "Guess Target", "roles", List.of("FACT_CHECKER"), "password", PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        return name;
    }

    private List<Map<String, Object>> log(String query) throws Exception {
        Reply r = new ApiClient(port).call("GET", "/api/v1/admin/auth-log?size=500&" + query, "admin", null);
        assertThat(r.status()).isEqualTo(200);
        return new ApiClient(port).json().convertValue(r.body(), List.class);
    }

    @Test
    void two_hundred_parallel_guesses_check_only_five_passwords_and_are_all_logged() throws Exception {
        String victim = newUser();
        String address = SignInAttempts.freshAddress();
        SignInAttempts attempts = new SignInAttempts(port);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                String guess = "guess-" + i;
                answers.add(clients.submit(() -> attempts.basic(address, victim, guess).statusCode()));
            }
        }
        int unauthorized = 0;
        int tooMany = 0;
        for (Future<Integer> a : answers) {
            int status = a.get();
            if (status == 401) {
                unauthorized++;
            } else if (status == 429) {
                tooMany++;
            }
        }
        assertThat(unauthorized).as("passwords actually checked").isEqualTo(5);
        assertThat(tooMany).as("refused without a check").isEqualTo(195);
        List<Map<String, Object>> entries = log("username=" + victim);
        assertThat(entries).hasSize(200);
        assertThat(entries).filteredOn(e -> e.get("outcome").equals("FAILURE")).hasSize(5);
        assertThat(entries).filteredOn(e -> e.get("outcome").equals("REFUSED")).hasSize(195);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("remoteAddress")).isEqualTo(address);
            assertThat(e.get("channel")).isEqualTo("BASIC");
        });
    }

    @Test
    void a_paused_account_is_refused_even_with_the_right_password_and_told_when_to_retry() throws Exception {
        String victim = newUser();
        SignInAttempts attempts = new SignInAttempts(port);
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.basic(SignInAttempts.freshAddress(), victim, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = attempts.basic(SignInAttempts.freshAddress(), victim, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Too many failed sign-ins").contains("15 minute(s)");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(800L, 900L);
    }

    @Test
    void a_successful_sign_in_starts_the_account_count_again() throws Exception {
        String user = newUser();
        String address = SignInAttempts.freshAddress();
        SignInAttempts attempts = new SignInAttempts(port);
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.basic(address, user, "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(attempts.basic(address, user, PASSWORD).statusCode()).isNotIn(401, 429);
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.basic(address, user, "wrong").statusCode()).as("failure %d after the success", i)
                    .isEqualTo(401);
        }
        assertThat(log("username=" + user + "&outcome=SUCCESS")).hasSize(1);
    }

    @Test
    void an_address_that_failed_twenty_times_is_refused_for_every_account_and_others_are_not() throws Exception {
        String address = SignInAttempts.freshAddress();
        SignInAttempts attempts = new SignInAttempts(port);
        for (int i = 0; i < 20; i++) {
            String nobody = "nobody-" + TestArticles.uniqueTag();
            assertThat(attempts.basic(address, nobody, "pw").statusCode()).isEqualTo(401);
        }
        assertThat(attempts.basic(address, "checker", "checker").statusCode()).isEqualTo(429);
        assertThat(attempts.basic(SignInAttempts.freshAddress(), "checker", "checker").statusCode()).isEqualTo(200);
        assertThat(log("address=" + address + "&outcome=REFUSED")).hasSize(1);
    }

    @Test
    void failed_api_tokens_are_logged_and_pause_their_address() throws Exception {
        String address = SignInAttempts.freshAddress();
        SignInAttempts attempts = new SignInAttempts(port);
        for (int i = 0; i < 20; i++) {
            assertThat(attempts.bearer(address, "cdt_not-a-token-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = attempts.bearer(address, "cdt_not-a-token");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        List<Map<String, Object>> entries = log("address=" + address);
        assertThat(entries).hasSize(21).allSatisfy(e -> {
            assertThat(e.get("channel")).isEqualTo("TOKEN");
            assertThat(e.get("username")).isNull();
        });
    }

    @Test
    void only_admins_read_the_sign_in_log() throws Exception {
        assertThat(new ApiClient(port).call("GET", "/api/v1/admin/auth-log", "editor", null).status()).isEqualTo(403);
        assertThat(new ApiClient(port).call("GET", "/api/v1/admin/auth-log?size=0", "admin", null).status())
                .isEqualTo(400);
    }
}
