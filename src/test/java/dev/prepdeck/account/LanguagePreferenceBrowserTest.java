package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One language preference in real Chromium: the header switch and the settings page agree, a signed-in user's
 * choice is stored with the account (it survives a lost cookie), and a visitor's lives in the cookie.
 */
@QuarkusTest
@Tag("browser")
class LanguagePreferenceBrowserTest {

    private static final String PASSWORD = "a tidy study routine";

    @TestHTTPResource("/")
    URL root;

    @Inject
    AccountService accounts;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private String page(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private String shownLanguage() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private void switchInHeader(String lang) {
        browser.findElement(By.cssSelector(".lang-switch a[hreflang='" + lang + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
    }

    private String stored(String name) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name).settings.uiLanguage);
    }

    @Test
    void shouldKeepTheHeaderSwitchAndTheSettingsLanguageInAgreement() {
        String name = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(name, PASSWORD, Role.CANDIDATE);
        Browser.logIn(browser, root.toString(), name, PASSWORD);
        assertEquals("ko", shownLanguage());

        // the header switch while signed in changes the stored preference, so the settings page shows it
        switchInHeader("en");
        assertEquals("en", stored(name));
        browser.get(page("/settings"));
        assertEquals("en", shownLanguage());
        assertEquals("en", new Select(browser.findElement(By.id("uiLanguage"))).getFirstSelectedOption()
                .getAttribute("value"));

        // the stored choice wins over a lost or stale cookie (another device, cleared cookies)
        browser.manage().deleteCookieNamed("lang");
        browser.navigate().refresh();
        assertEquals("en", shownLanguage());

        // saving the settings in Korean switches the header too
        new Select(browser.findElement(By.id("uiLanguage"))).selectByValue("ko");
        browser.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
        assertEquals("true", browser.findElement(By.cssSelector(".lang-switch a[hreflang='ko']"))
                .getAttribute("aria-current"));
        assertNull(browser.findElement(By.cssSelector(".lang-switch a[hreflang='en']")).getAttribute("aria-current"));
        assertEquals("ko", stored(name));
    }

    @Test
    void shouldRememberAVisitorsChoiceInTheCookie() {
        browser.get(page("/"));
        switchInHeader("en");
        assertEquals("en", browser.manage().getCookieNamed("lang").getValue());
        browser.get(page("/practice"));
        assertEquals("en", shownLanguage());
        switchInHeader("ko");
        browser.get(page("/"));
        assertEquals("ko", shownLanguage());
    }
}
