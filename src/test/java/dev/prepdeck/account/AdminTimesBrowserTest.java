package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real Chromium on the admin page: when users signed up and when invites expire read in the admin's own zone. */
@QuarkusTest
@Tag("browser")
class AdminTimesBrowserTest {

    /** A new account's time zone, the admin's here. */
    private static final ZoneId ADMIN_ZONE = ZoneId.of("Asia/Seoul");

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void shouldShowSignUpAndExpiryTimesInTheAdminsZoneAndLanguageNotAsIso() {
        Browser.logIn(browser, root.toString(), "admin", "first-operator-passphrase");
        browser.get(root + "admin/users");
        browser.findElement(By.cssSelector("form[action='/admin/users/invites'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#invites time")));
        String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
        List<WebElement> times = browser.findElements(By.cssSelector("main td time"));
        assertTrue(times.size() >= 2, "a user's sign-up time and an invite's expiry");
        List<WebElement> zones = browser.findElements(By.cssSelector("main th .zone-name"));
        assertTrue(zones.size() >= 2, "each time column names its zone");
        for (WebElement zone : zones) {
            // Korean Standard Time as people write it, not Java's generic "KT"
            assertEquals("(KST)", zone.getText());
        }
        for (WebElement time : times) {
            String shown = time.getText();
            ZonedDateTime local = Instant.parse(time.getAttribute("datetime")).atZone(ADMIN_ZONE);
            int hour12 = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
            String clock = "en".equals(lang) ? String.format("%02d:%02d", local.getHour(), local.getMinute())
                    : String.format("%s %d:%02d", local.getHour() < 12 ? "오전" : "오후", hour12, local.getMinute());
            assertAll(shown,
                    () -> assertFalse(shown.matches(".*\\d{4}-\\d{2}-\\d{2}T.*"), "an ISO timestamp: " + shown),
                    () -> assertTrue(shown.contains(String.valueOf(local.getYear())), shown),
                    () -> assertTrue(shown.contains(clock), "the admin's local time " + clock + " in: " + shown));
        }
    }
}
