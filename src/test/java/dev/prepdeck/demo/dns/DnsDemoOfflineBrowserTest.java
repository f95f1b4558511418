package dev.prepdeck.demo.dns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.prepdeck.support.Browser;

/** Real Chromium on an offline server (default test profile): no live trace, a clearly labelled recording. */
@QuarkusTest
@Tag("browser")
class DnsDemoOfflineBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void shouldSayTheRootsAreUnreachableAndOfferATraceLabelledRecorded() {
        browser.get(base + "lang?to=en&back=/demos/dns");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dns-form input[name=name]")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Live DNS lookup trace"));
        name.clear();
        name.sendKeys("www.github.com", Keys.ENTER);

        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dns-banner-unreachable")));
        assertTrue(banner.getText().contains("cannot reach the root servers"), banner.getText());
        assertFalse(browser.findElement(By.cssSelector(".dns-demo")).getAttribute("class").contains("dns-recorded"),
                "the live attempt is not shown as recorded");

        banner.findElement(By.cssSelector("button.dns-show-recorded")).click();

        WebElement recorded = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dns-banner-recorded")));
        assertTrue(recorded.getText().contains("RECORDED"), recorded.getText());
        assertTrue(browser.findElement(By.cssSelector(".dns-demo")).getAttribute("class").contains("dns-recorded"));
        assertTrue(browser.findElement(By.cssSelector(".dns-result")).getText().contains("not a live lookup"));
        assertTrue(browser.findElements(By.cssSelector(".dns-step")).size() >= 6, "the recorded hops are drawn");
        assertTrue(browser.findElement(By.cssSelector(".dns-zone[data-zone='cdn.test.']")).getAttribute("class")
                .contains("lit"));
    }
}
