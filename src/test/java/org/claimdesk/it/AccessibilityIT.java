package org.claimdesk.it;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.it.pages.LoginPage;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.Priority;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (Deque's rules, its axe.min.js from a Maven artifact, see pom.xml) run in Chromium on the claims list,
 * a claim page, My queue and the dashboard, in the light and the dark theme: no serious or critical violation (WCAG 2 A/AA
 * rules: names and labels, contrast, ARIA). Also: Tab first reaches "Skip to content", which moves the focus
 * to the page's content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityIT {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;

    @Test
    void the_main_screens_have_no_serious_or_critical_axe_violations() throws IOException {
        String base = "http://localhost:" + port;
        AsUser.signIn("checker", "FACT_CHECKER");
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Accessibility");
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(claim.id(), "editor", LocalDate.now(), Priority.HIGH); // My queue has a row
        SecurityContextHolder.clearContext();
        String axe = axeScript();

        WebDriver driver = Browser.start();
        try {
            new LoginPage(driver).open(base).signInAs("editor", "editor");
            List<String> found = new ArrayList<>();
            for (String theme : List.of("light", "dark")) {
                found.addAll(check(driver, axe, base + "/claims", By.id("claims-grid"), theme));
                found.addAll(check(driver, axe, base + "/claims/" + claim.id(), By.id("claim-text"), theme));
                found.addAll(check(driver, axe, base + "/queue", By.id("my-queue"), theme));
                found.addAll(check(driver, axe, base + "/dashboard", By.id("dashboard"), theme));
                if (theme.equals("light")) {
                    driver.findElement(By.id("theme-toggle")).click(); // dark from here on, remembered
                    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "dark".equals(
                            ((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('theme');")));
                }
            }
            assertThat(found).as("serious or critical axe violations").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(driver, "failure-accessibility");
            throw e;
        } finally {
            try {
                if (driver.findElements(By.id("theme-toggle")).size() == 1 && "dark".equals(((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.getAttribute('theme');"))) {
                    driver.findElement(By.id("theme-toggle")).click(); // the editor back to light for other tests
                }
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void tab_first_reaches_skip_to_content_which_moves_the_focus_to_the_content() {
        String base = "http://localhost:" + port;
        WebDriver driver = Browser.start();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            new LoginPage(driver).open(base).signInAs("checker", "checker");
            driver.get(base + "/claims");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("claims-grid")));
            js.executeScript("document.activeElement && document.activeElement.blur();");
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(js.executeScript("return document.activeElement.id;")).isEqualTo("skip-link");
            assertThat(driver.findElement(By.id("skip-link")).isDisplayed()).as("visible when focused").isTrue();
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return document.activeElement.classList.contains('main-content');")));
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(driver, "failure-skip-link");
            throw e;
        } finally {
            driver.quit();
        }
    }

    /** Opens {@code url}, waits for {@code ready}, runs axe; one line per serious or critical violation. */
    @SuppressWarnings("unchecked")
    private static List<String> check(WebDriver driver, String axe, String url, By ready, String theme) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(ready));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> theme.equals(String.valueOf(
                ((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('theme') || 'light';"))));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        // Vaadin's own select puts aria-required on its value button, which axe refuses
                        // (aria-allowed-attr): that markup is the component's, not ours; only that pair is left out
                        + "const vaadins = (v, n) => (v.id === 'aria-allowed-attr'"
                        + " && n.target.join(' ').includes('vaadin-select-value-button'))"
                        // Vaadin's tab sheet: its vaadin-tabs (role tablist) holds vaadin-tab elements (role tab),
                        // slotted through a scroll div in its shadow root, which axe reads as a child that is no
                        // tab (aria-required-children); checked in Chromium: every light-DOM child has role tab
                        + " || (v.id === 'aria-required-children' && n.target.join(' ') === 'vaadin-tabs');"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                        + " resultTypes: ['violations']})"
                        + ".then(r => done(r.violations"
                        + " .map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + "   nodes: v.nodes.filter(n => !vaadins(v, n)).map(n => n.target.join(' '))}))"
                        + " .filter(v => v.nodes.length > 0).map(v => ({...v, nodes: v.nodes.slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String line = theme + " " + url.replaceFirst("^http://[^/]+", "") + ": " + v.get("impact") + " "
                    + v.get("id") + " (" + v.get("help") + ") at " + v.get("nodes");
            System.out.println("axe: " + line);
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String axeScript() throws IOException {
        try (InputStream in = AccessibilityIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
