package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real Chromium: browse the topics and practise a whole topic with the keyboard alone. */
@QuarkusTest
@Tag("browser")
class PracticeBrowserTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void shouldOpenTheHomePageAndATopic() {
        browser.get(root + "");
        List<WebElement> tiles = browser.findElements(By.cssSelector(".topic-tile"));
        assertEquals(4, tiles.size());
        browser.findElement(By.cssSelector("a[href='/topics/tcp-time-wait']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".model-answer")));
        assertTrue(browser.findElement(By.cssSelector("h1")).getText().contains("TIME_WAIT"));
        assertTrue(browser.findElements(By.cssSelector("#cards .card-item")).size() >= 12);
        assertEquals(1, browser.findElements(By.cssSelector("[data-demo='time-wait']")).size());
    }

    @Test
    void shouldPractiseEveryCardOfATopicWithTheKeyboardAlone() {
        browser.get(root + "topics/web-server-vs-was/practice");
        WebElement progress = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card p.muted")));
        String first = progress.getText();
        int total = Integer.parseInt(first.split("/")[1].trim().split(" ")[0]);
        assertTrue(total >= 12, first);
        Actions keys = new Actions(browser);
        for (int i = 1; i <= total; i++) {
            WebElement card = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card")));
            assertTrue(card.findElement(By.cssSelector("p.muted")).getText().startsWith(i + " / " + total));
            String kind = card.getAttribute("data-kind");
            if ("cloze".equals(kind)) {
                keys.sendKeys("아무 답").sendKeys(Keys.ENTER).perform();
            } else if ("choice".equals(kind)) {
                keys.sendKeys("a").perform();
                assertTrue(card.findElement(By.cssSelector(".options input")).isSelected(), "key a picks option A");
                keys.sendKeys(" ").perform();
            } else {
                keys.sendKeys(" ").perform();
            }
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
            if ("choice".equals(kind) || "order".equals(kind)) {
                assertTrue(!card.findElements(By.cssSelector(".correct, .incorrect")).isEmpty(), "immediate feedback");
            }
            keys.sendKeys("3").perform();
        }
        WebElement done = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-done")));
        assertTrue(done.getText().contains(String.valueOf(total)), done.getText());
    }
}
