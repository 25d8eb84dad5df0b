package org.claimdesk.it;

import org.claimdesk.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor signs in and lands on the dashboard, whose charts the browser draws as SVG (elements made through the
 * Element API must be in the SVG namespace, or they take no space), and a bar opens the claims grid filtered to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardChartsIT {

    @LocalServerPort
    int port;

    @Test
    void the_editor_lands_on_the_dashboard_and_a_bar_opens_the_filtered_grid() {
        String base = "http://localhost:" + port;
        WebDriver driver = Browser.start();
        try {
            new LoginPage(driver).open(base).signInAs("editor", "editor");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dashboard-by-status svg a rect")));
            assertThat(driver.getTitle()).isEqualTo("Dashboard | ClaimDesk");

            JavascriptExecutor js = (JavascriptExecutor) driver;
            Object drawn = js.executeScript("""
                    const rect = document.querySelector('#dashboard-by-status svg a rect');
                    return rect.namespaceURI === 'http://www.w3.org/2000/svg' && rect.getBBox().height > 0;""");
            assertThat(drawn).as("the bars are SVG, drawn").isEqualTo(true);
            Browser.screenshot(driver, "dashboard");

            WebElement unreviewed = driver.findElement(By.cssSelector(
                    "#dashboard-by-status svg a[href='claims?status=UNREVIEWED'] rect"));
            unreviewed.click();
            wait.until(d -> d.getCurrentUrl().contains("/claims?status=UNREVIEWED"));
            wait.until(d -> {
                var badges = d.findElements(By.cssSelector("#claims-grid vaadin-grid-cell-content .status-badge"));
                return !badges.isEmpty() && badges.stream().allMatch(b -> b.getText().equals("Unreviewed"));
            });
        } finally {
            driver.quit();
        }
    }
}
