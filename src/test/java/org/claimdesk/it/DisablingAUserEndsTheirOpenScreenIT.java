package org.claimdesk.it;

import org.claimdesk.AsUser;
import org.claimdesk.it.pages.LoginPage;
import org.claimdesk.security.Role;
import org.claimdesk.security.UserAccountDetails;
import org.claimdesk.security.UserAdministration;
import org.claimdesk.security.NewUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin disables a user who has a screen open: the screen leaves for the sign-in page at once, although its
 * push connection would carry clicks past the HTTP session that was ended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DisablingAUserEndsTheirOpenScreenIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;

    @Test
    void a_disabled_users_open_screen_goes_to_the_sign_in_page_at_once() {
        String base = "http://localhost:" + port;
        AsUser.signIn("admin", "ADMIN");
        users.create(new NewUser("robin", "Robin Reviewer", "robin@example.org", Set.of(Role.FACT_CHECKER),
                "robin-Password-42"));
        SecurityContextHolder.clearContext();

        WebDriver robin = Browser.start();
        try {
            new LoginPage(robin).open(base).signInAs("robin", "robin-Password-42");
            // an admin-chosen password is changed first; any open screen of the user will do
            robin.get(base + "/me/password");
            new WebDriverWait(robin, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/me/password"));
            // the screen is open and idle: drawn, and no request of its own in flight (as TestBench's waitForVaadin)
            new WebDriverWait(robin, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "return !!document.getElementById('current-password') && !!window.Vaadin && !!window.Vaadin.Flow"
                                    + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());")));

            AsUser.signIn("admin", "ADMIN");
            UserAccountDetails account = users.get("robin");
            users.setEnabled("robin", false, account.version());
            SecurityContextHolder.clearContext();

            new WebDriverWait(robin, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/login"));
            robin.get(base + "/queue");
            assertThat(robin.getCurrentUrl()).as("and cannot come back").contains("/login");
            Browser.screenshot(robin, "08-disabled-user-signed-out");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(robin, "failure-disabled-user");
            throw e;
        } finally {
            robin.quit();
            SecurityContextHolder.clearContext();
        }
    }
}
