package org.claimdesk.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** "My queue": the claims assigned to the signed-in user. */
public class MyQueuePage {

    private final WebDriver driver;

    public MyQueuePage(WebDriver driver) {
        this.driver = driver;
    }

    public MyQueuePage open(String baseUrl) {
        driver.get(baseUrl + "/queue");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("my-queue")));
        return this;
    }

    /** The text of the queue's rows as the browser shows them (the grid's cells are its light-DOM children). */
    public String rows() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#my-queue vaadin-grid-cell-content'))"
                        + ".map(c => c.textContent).join(' | ');");
    }

    /** Waits (at most {@code seconds}) until a row shows {@code text}, without reloading the page. */
    public void waitForRowWith(String text, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> rows().contains(text));
    }

    /** Opens the claim of the first row that shows {@code text}. */
    public void openRowWith(String text) {
        ((JavascriptExecutor) driver).executeScript(
                "const c = Array.from(document.querySelectorAll('#my-queue vaadin-grid-cell-content'))"
                        + ".find(x => x.textContent.includes(arguments[0])); c.click();", text);
    }
}
