package org.claimdesk.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.security.AuthOutcome;
import org.junit.jupiter.api.Test;
import org.claimdesk.ApiClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import java.util.Map;
import org.springframework.security.test.context.support.WithMockUser;


import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page's message when sign-in is paused, and the admins' sign-in log. */
@ClaimDeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AuthScreensTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    private LoginView signInPage(String throttled) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("throttled", throttled)));
        return (LoginView) getCurrentView();
    }

    @Test
    void a_paused_sign_in_says_for_how_long() {
        LoginView view = signInPage("15");
        assertThat(view.login.isError()).isTrue();
        assertThat(view.pausedMessage).contains("Try again in 15 minutes");
    }

    @Test
    void a_forged_number_in_the_address_is_not_shown() {
        LoginView view = signInPage("<b>soon</b>");
        assertThat(view.pausedMessage).contains("a few minutes")
                .doesNotContain("soon");
    }

    @Test
    void admins_see_the_sign_in_log_narrowed_by_outcome() throws Exception {
        assertThat(new ApiClient(port).call("GET", "/api/v1/me/queue", ApiClient.WRONG_PASSWORD, null).status())
                .isEqualTo(401);
        assertThat(new ApiClient(port).call("GET", "/api/v1/me/queue", "checker", null).status()).isEqualTo(200);
        AuthLogView view = navigate(AuthLogView.class);
        test(view.outcome).selectItem(AuthOutcome.SUCCESS.name());
        test(view.show).click();
        assertThat(test(view.grid).size()).isPositive();
        for (int i = 0; i < test(view.grid).size(); i++) {
            assertThat(test(view.grid).getRow(i).outcome()).isEqualTo(AuthOutcome.SUCCESS);
        }
    }
}
