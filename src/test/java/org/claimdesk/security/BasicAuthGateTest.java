package org.claimdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Where HTTP Basic is allowed on the API, and the 401 that says to use a token where it is not. */
class BasicAuthGateTest {

    private static MockHttpServletResponse call(boolean basicAllowed, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me/queue");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new BasicAuthGate(basicAllowed).doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299); // stands for "went on to the next filter"
        }
        return response;
    }

    @Test
    void basic_is_on_by_default_with_the_embedded_database_only_and_the_setting_forces_it() {
        assertThat(BasicAuthSetting.decide("embedded", "jdbc:h2:file:./data/claimdesk")).isTrue();
        assertThat(BasicAuthSetting.decide("embedded", "jdbc:postgresql://localhost/claimdesk")).isFalse();
        assertThat(BasicAuthSetting.decide("false", "jdbc:h2:mem:x")).isFalse();
        assertThat(BasicAuthSetting.decide(" TRUE ", "jdbc:postgresql://localhost/claimdesk")).isTrue();
    }

    @Test
    void where_basic_is_off_a_basic_request_is_a_401_problem_that_says_to_use_a_token() throws Exception {
        MockHttpServletResponse refused = call(false, "Basic Y2hlY2tlcjpjaGVja2Vy");
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":401").contains("API token")
                .contains("Authorization: Bearer");
        assertThat(call(false, "basic Y2hlY2tlcjpjaGVja2Vy").getStatus()).isEqualTo(401);
    }

    @Test
    void bearer_tokens_pass_where_basic_is_off_and_basic_passes_where_it_is_on() throws Exception {
        assertThat(call(false, "Bearer cdt_x").getStatus()).isEqualTo(299);
        assertThat(call(false, null).getStatus()).isEqualTo(299);
        assertThat(call(true, "Basic Y2hlY2tlcjpjaGVja2Vy").getStatus()).isEqualTo(299);
    }
}
