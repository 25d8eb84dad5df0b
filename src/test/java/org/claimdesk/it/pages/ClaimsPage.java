package org.claimdesk.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The claims grid across all articles. */
public class ClaimsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ClaimsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public ClaimsPage open(String baseUrl) {
        driver.get(baseUrl + "/claims");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claim-search input")));
        return this;
    }

    public ClaimsPage search(String words) {
        WebElement input = driver.findElement(By.cssSelector("#claim-search input"));
        input.clear();
        input.sendKeys(words, Keys.TAB);
        return this;
    }

    /** Waits until some grid cell shows the text; returns all cells' text. */
    public String gridTextContaining(String expected) {
        wait.until(d -> d.findElements(By.cssSelector("#claims-grid vaadin-grid-cell-content")).stream()
                .anyMatch(e -> e.getText().contains(expected)));
        return String.join("\n", driver.findElements(By.cssSelector("#claims-grid vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }
}
