package org.claimdesk.tools;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the README's screenshots from a running ClaimDesk (it starts nothing): signs in as the demo editor
 * (editor/editor, see security.DemoAccount) in Debian's headless Chromium and saves the claims view, a claim
 * page, My queue and the dashboard (skipped with a message when that route does not exist) as
 * docs/screenshots/*.png. Run by scripts/screenshots.sh; arguments: [base URL] [output directory].
 */
public final class Screenshots {

    private static final String USER = "editor";
    private static final String PASSWORD = "editor";

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        String base = (args.length > 0 ? args[0] : "http://localhost:8080").replaceAll("/+$", "");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
        Files.createDirectories(out);
        WebDriver driver = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get(base + "/login");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
            driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(USER);
            driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));

            shoot(driver, base + "/claims", By.cssSelector("#claims-grid vaadin-grid-cell-content"), out, "claims");
            Long claimId = firstClaimId(base);
            if (claimId == null) {
                System.out.println("skipped the claim page: the API lists no claim for " + USER);
            } else {
                shoot(driver, base + "/claims/" + claimId, By.id("claim-text"), out, "claim");
            }
            shoot(driver, base + "/queue", By.id("my-queue"), out, "queue");
            if (!answers(driver, base + "/dashboard")) {
                System.out.println("skipped the dashboard: " + base + "/dashboard does not answer (not built yet?)");
            } else {
                Thread.sleep(3000); // the dashboard's charts draw after the page answers
                save(driver, out, "dashboard");
            }
        } finally {
            driver.quit();
        }
    }

    /**
     * Whether {@code url} shows a page inside the app's layout: an unknown route is a 403 from the security
     * filter (before sign-in rules know it) or the layout's "Not found" page.
     */
    private static boolean answers(WebDriver driver, String url) {
        driver.get(url);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
        return driver.findElements(By.id("page-not-found")).isEmpty();
    }

    private static WebDriver chromium() {
        if (System.getProperty("webdriver.chrome.driver") == null) {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
                "--window-size=1440,900");
        return new ChromeDriver(options);
    }

    private static void shoot(WebDriver driver, String url, By ready, Path out, String name)
            throws IOException, InterruptedException {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(ready));
        Thread.sleep(1500); // grids fill and fonts settle after the element appears
        save(driver, out, name);
    }

    private static void save(WebDriver driver, Path out, String name) throws IOException {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();");
        Path file = out.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        System.out.println("wrote " + file);
    }

    /** The first claim the editor may see, from the REST API (HTTP Basic works with the demo database). */
    private static Long firstClaimId(String base) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/claims?page=0&size=1"))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.out.println("the claims API answered " + response.statusCode() + ": " + response.body());
            return null;
        }
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
