package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

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

/** A person in real Chromium: signs up, is sent back after logging in, changes settings, logs out. */
@QuarkusTest
@Tag("browser")
class AccountBrowserTest {

    @TestHTTPResource("/")
    URL base;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void shouldSignUpChangeSettingsLogOutAndLogBackIn() {
        browser.get(url("/signup"));
        type("username", "Browser.User");
        type("password", "browser-password");
        type("passwordConfirm", "browser-password");
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));

        browser.get(url("/settings"));
        type("desiredRetention", "0.69");
        browser.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desiredRetention-error")));

        type("desiredRetention", "0.95");
        type("learningSteps", "1m 5m 20m");
        browser.findElement(By.cssSelector("#uiLanguage option[value=en]")).click();
        browser.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("saved=true"));
        assertEquals("0.95", browser.findElement(By.id("desiredRetention")).getAttribute("value"));
        assertEquals("1m 5m 20m", browser.findElement(By.id("learningSteps")).getAttribute("value"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), "the UI switched to English");

        browser.findElement(By.cssSelector("form.logout-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));

        browser.get(url("/settings"));
        wait.until(ExpectedConditions.urlContains("/login"));
        type("username", "browser.user");
        type("password", "browser-password");
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/settings"));
        assertTrue(browser.getCurrentUrl().endsWith("/settings"), "login returns to the page asked for");
        assertEquals("0.95", browser.findElement(By.id("desiredRetention")).getAttribute("value"));
    }
}
