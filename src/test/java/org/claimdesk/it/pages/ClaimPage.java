package org.claimdesk.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** One claim's page and its correction form. */
public class ClaimPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ClaimPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public ClaimPage open(String baseUrl, long claimId) {
        driver.get(baseUrl + "/claims/" + claimId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-edit")));
        return this;
    }

    public ClaimPage startCorrection() {
        driver.findElement(By.id("claim-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-form-save")));
        return this;
    }

    public ClaimPage typeClaimText(String text) {
        WebElement area = driver.findElement(By.id("claim-form-text"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                area, text);
        return this;
    }

    public void save() {
        click(driver.findElement(By.id("claim-form-save")));
    }

    /** Scrolls the element to the middle of the view first: the app layout scrolls its own content area. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Assigns the claim in its assignment section (editors see the form). */
    public ClaimPage assignTo(String username) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#assignment-assignee input")));
        input.clear();
        input.sendKeys(username);
        click(driver.findElement(By.id("assignment-save")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignment-current"),
                "Assigned to " + username));
        return this;
    }

    public String claimHeading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-text"))).getText();
    }

    /**
     * The heading's words, read from the DOM: after a save the page may be scrolled so that the heading is out of
     * the layout's scrolled area, where WebDriver reports no visible text.
     */
    public void waitForHeading(String text) {
        wait.until(ExpectedConditions.attributeToBe(By.id("claim-text"), "textContent", text));
    }

    public String conflictMessage() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-form-message"))).getText();
    }

    public String typedClaimText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].value;",
                driver.findElement(By.id("claim-form-text")));
    }

    /** The values shown side by side for the fields both people changed. */
    public String conflictChoices() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-form-conflicts"))).getText();
    }

    /** Keeps this user's value for the first field both changed. */
    public ClaimPage keepMine() {
        click(driver.findElement(By.cssSelector("#claim-form-conflicts-0 vaadin-radio-button")));
        return this;
    }

    /** Who else has the claim open, as the page says it. */
    public String presence(String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-presence"), expected));
        return driver.findElement(By.id("claim-presence")).getText();
    }
}
