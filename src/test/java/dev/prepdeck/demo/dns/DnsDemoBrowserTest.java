package dev.prepdeck.demo.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.prepdeck.support.Browser;

/**
 * Real Chromium on the standalone page, tracing through the NSD hierarchy (so it also needs NSD
 * installed, like the {@code nsd} suite).
 */
@QuarkusTest
@TestProfile(NsdProfile.class)
@Tag("browser")
class DnsDemoBrowserTest {

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
    void shouldDrawEachHopFromTheRootDownWhenTracingFromTheKeyboard() {
        browser.get(base + "lang?to=ko&back=/demos/dns");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dns-form input[name=name]")));
        new Select(browser.findElement(By.cssSelector(".dns-form select[name=type]"))).selectByValue("A");
        name.clear();
        name.sendKeys("www.example.test", Keys.ENTER);

        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dns-result h3")));
        assertTrue(result.getText().contains("응답 찾음"), result.getText());

        for (String zone : List.of(".", "test.", "example.test.", "cdn.test.")) {
            WebElement chip = browser.findElement(By.cssSelector(".dns-zone[data-zone='" + zone + "']"));
            assertTrue(chip.getAttribute("class").contains("lit"), zone + " lit up");
        }
        assertEquals("example.test.", browser.findElement(By.cssSelector(".dns-level[data-level='2'] .dns-zone"))
                .getAttribute("data-zone"), "the authoritative column starts with the first authoritative zone");
        List<WebElement> steps = browser.findElements(By.cssSelector(".dns-step"));
        assertTrue(steps.size() >= 6, "steps drawn: " + steps.size());
        assertEquals("REFERRAL", steps.get(0).getAttribute("data-outcome"));
        assertTrue(steps.get(0).getText().contains("test."));
        assertTrue(steps.get(0).getText().contains("루트 서버는 답을 모릅니다"), "explained in Korean");
        assertEquals(2, browser.findElements(By.cssSelector(".dns-chain li")).size());
        String resultText = browser.findElement(By.cssSelector(".dns-result")).getText();
        assertTrue(resultText.contains("edge-10.fra.cdn.test."), resultText);
        assertTrue(resultText.contains("192.0.2.25") || resultText.contains("192.0.2.10"), resultText);
        assertTrue(browser.findElements(By.cssSelector(
                "a[href='/topics/dns-answer-ip#card-dnsip-cname-chain']")).size() > 0, "links back to the CNAME card");
        assertTrue(browser.findElements(By.cssSelector(
                "a[href='/topics/dns-answer-ip#card-dnsip-referral-glue']")).size() > 0, "links back to the glue card");
        String status = browser.findElement(By.cssSelector(".dns-status[aria-live='polite']")).getText();
        assertTrue(status.contains("완료"), status);
    }

    @Test
    void shouldTraceFromTheWidgetEmbeddedInBothDnsTopics() {
        for (String topic : List.of("browser-github", "dns-answer-ip")) {
            browser.get(base + "lang?to=en&back=/topics/" + topic);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            WebElement name = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#demo [data-demo='dns-trace'] .dns-form input[name=name]")));
            name.clear();
            name.sendKeys("www.example.test", Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#demo .dns-result h3")));
            assertTrue(browser.findElements(By.cssSelector("#demo .dns-step")).size() >= 6, topic + ": hops drawn");
            assertTrue(browser.findElement(By.cssSelector("#demo .dns-zone[data-zone='.']")).getAttribute("class")
                    .contains("lit"), topic + ": root lit");
            assertTrue(browser.findElements(By.cssSelector("#cards .card-item")).size() >= 12, topic + ": cards still there");
        }
    }

    @Test
    void shouldFitAPhoneScreenAndShowBadInputPlainly() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "lang?to=en&back=/demos/dns");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dns-form input[name=name]")));
        name.clear();
        name.sendKeys("192.0.2.1");
        browser.findElement(By.cssSelector(".dns-form button[type=submit]")).click();

        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dns-banner-error")));
        assertTrue(banner.getText().contains("IP addresses are not accepted"), banner.getText());

        name.clear();
        name.sendKeys("www.example.test", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dns-result h3")));
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone, overflow " + overflow);
    }
}
