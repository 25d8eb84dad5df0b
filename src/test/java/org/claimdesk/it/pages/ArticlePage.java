package org.claimdesk.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** One article: highlighted text and the claims beside it. */
public class ArticlePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ArticlePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public String title() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title"))).getText();
    }

    public List<String> highlightedSpans() {
        return driver.findElements(By.cssSelector("#article-text .claim-span")).stream().map(WebElement::getText).toList();
    }

    /** The text of the claims grid's cells (Vaadin renders them in the light DOM). */
    public String claimsListText() {
        wait.until(d -> !d.findElements(By.cssSelector("#article-claims vaadin-grid-cell-content .claim-cell")).isEmpty());
        return String.join("\n", driver.findElements(By.cssSelector("#article-claims vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }
}
