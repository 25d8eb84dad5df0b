package org.claimdesk.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The articles list and its import dialog. */
public class ArticlesPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ArticlesPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public ArticlesPage open(String baseUrl) {
        driver.get(baseUrl + "/articles");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("import-article")));
        return this;
    }

    /** Pastes an article into the import dialog and imports it; returns the article page it lands on. */
    public ArticlePage importByPaste(String title, String text) {
        driver.findElement(By.id("import-article")).click();
        WebElement titleInput = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-title input")));
        titleInput.sendKeys(title);
        WebElement textArea = driver.findElement(By.id("import-text"));
        // Put the whole text in at once, as a paste does (sendKeys would type it character by character), and
        // fire the change event Vaadin's text area sends to the server
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                textArea, text);
        driver.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        return new ArticlePage(driver);
    }
}
