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
import io.quarkus.test.junit.TestProfile;

import dev.prepdeck.support.Browser;

/** Real Chromium behind an intercepting "root": the page says so and shows the recording, never the false NXDOMAIN. */
@QuarkusTest
@TestProfile(InterceptingRootResource.Profile.class)
@Tag("browser")
class DnsDemoInterceptedBrowserTest {

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
    void shouldSayTheNetworkInterceptsDnsAndShowTheRecordedTrace() {
        assertInterceptionShown("en", "Your network is intercepting DNS; showing a recorded trace", "RECORDED");
    }

    @Test
    void shouldSayItInKoreanToo() {
        assertInterceptionShown("ko", "네트워크가 DNS를 가로채고 있습니다", "녹화된 추적입니다");
    }

    private void assertInterceptionShown(String lang, String notice, String recordedLabel) {
        browser.get(base + "lang?to=" + lang + "&back=/demos/dns");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dns-form input[name=name]")));
        name.clear();
        name.sendKeys("www.github.com", Keys.ENTER);

        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dns-banner-recorded")));
        assertTrue(banner.getText().contains(notice), banner.getText());
        assertTrue(banner.getText().contains(recordedLabel), banner.getText());
        assertTrue(banner.findElement(By.cssSelector(".dns-intercepted-evidence")).getText()
                .contains("recursion available (RA)"));
        assertTrue(browser.findElement(By.cssSelector(".dns-demo")).getAttribute("class").contains("dns-recorded"));
        String result = browser.findElement(By.cssSelector(".dns-result")).getText();
        assertTrue(result.contains("not a live lookup"), result);
        assertFalse(result.contains("NXDOMAIN"), "the intercepted answer is not presented as the result: " + result);
        assertTrue(browser.findElements(By.cssSelector(".dns-step")).size() >= 6, "the recorded hops are drawn");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dns-form button[type=submit]")));
    }
}
