package org.claimdesk.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The article page's tool row, highlights and claims list as laid out in the browser (positions, scrolling). */
public class ArticleToolsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ArticleToolsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether the tool row's visible tools share one line: every tool starts above where any other ends. */
    public boolean toolsInOneRow() {
        return (Boolean) js("""
                const r = [...document.querySelectorAll('#article-tools > *')].filter(e => e.offsetParent !== null)
                  .map(e => e.getBoundingClientRect());
                return r.length > 0 && Math.max(...r.map(b => b.top)) < Math.min(...r.map(b => b.bottom));""");
    }

    /** Whether some tool lies (partly) beyond the row's visible width, so it must be scrolled to. */
    public boolean toolsOverflow() {
        return (Boolean) js("const r = document.getElementById('article-tools'); return r.scrollWidth > r.clientWidth + 1;");
    }

    public List<WebElement> highlights() {
        return driver.findElements(By.cssSelector("#article-text .claim-span"));
    }

    /** Waits until a claims-list cell with these words is shown inside the grid's visible area. */
    public void waitUntilRowShown(String words) {
        wait.until(d -> (Boolean) js("""
                const grid = document.getElementById('article-claims').getBoundingClientRect();
                return [...document.querySelectorAll('#article-claims vaadin-grid-cell-content .claim-text')]
                  .some(c => { const r = c.getBoundingClientRect();
                    return c.textContent === arguments[0] && r.height > 0 && r.top >= grid.top && r.bottom <= grid.bottom; });""",
                words));
    }

    /** Scrolls the claims list to its last row and ticks its box. */
    public void selectLastRow() {
        js("const g = document.getElementById('article-claims'); g.scrollToIndex(g.size - 1);");
        wait.until(d -> (Boolean) js("""
                const g = document.getElementById('article-claims');
                return g.selectedItems !== undefined && [...g.querySelectorAll('vaadin-grid-cell-content')].length > 0;"""));
        // the last rendered row's selection box: the grid's rows are in its shadow root
        wait.until(d -> (Boolean) js("""
                const g = document.getElementById('article-claims');
                const rows = [...g.shadowRoot.querySelectorAll('tbody tr')].filter(r => r.index === g.size - 1 && !r.hidden);
                if (rows.length === 0) return false;
                const slot = rows[0].querySelector('td slot');
                const content = slot && slot.assignedElements()[0];
                const box = content && content.querySelector('vaadin-checkbox');
                if (!box) return false;
                box.click();
                return true;"""));
    }

    /** Waits until the highlight with this id is inside the text pane's visible area. */
    public void waitUntilHighlightShown(String spanId) {
        wait.until(d -> (Boolean) js("""
                const pane = document.querySelector('.text-pane').getBoundingClientRect();
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                return r.top >= pane.top && r.bottom <= pane.bottom;""", spanId));
    }

    public boolean highlightShown(String spanId) {
        return (Boolean) js("""
                const pane = document.querySelector('.text-pane').getBoundingClientRect();
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                return r.top >= pane.top && r.bottom <= pane.bottom;""", spanId);
    }
}
