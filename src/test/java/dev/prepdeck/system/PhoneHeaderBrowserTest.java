package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The header on a phone (390×844) in real Chromium, signed in as the admin (the most links): one row with a Menu
 * button, links at least 44 px tall once opened, and the current language marked for screen readers.
 */
@QuarkusTest
@Tag("browser")
class PhoneHeaderBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver phone;
    private WebDriverWait wait;

    @BeforeEach
    void startPhone() {
        phone = Browser.start();
        phone.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(phone, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopPhone() {
        phone.quit();
    }

    @Test
    void shouldFoldTheAdminsHeaderIntoAMenuWithTallLinksAndMarkTheCurrentLanguage() {
        Browser.logIn(phone, root.toString(), "admin", "first-operator-passphrase");
        phone.get(root + "");
        WebElement header = phone.findElement(By.cssSelector(".site-header"));
        WebElement toggle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nav-toggle")));
        WebElement brand = phone.findElement(By.cssSelector(".site-nav .brand"));
        assertAll("closed",
                () -> assertTrue(header.getRect().height <= 70, "one header row: " + header.getRect().height + " px"),
                () -> assertTrue(Math.abs(centre(brand) - centre(toggle)) <= 12, "Menu sits beside the name"),
                () -> assertTrue(toggle.getRect().height >= 44),
                () -> assertEquals("false", toggle.getAttribute("aria-expanded")),
                () -> assertFalse(phone.findElement(By.cssSelector("a[href='/admin/users']")).isDisplayed()));

        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        List<WebElement> targets = phone.findElements(By.cssSelector(".site-menu a, .site-menu button"));
        assertTrue(targets.size() >= 10, "an admin's links: " + targets.size());
        String lang = phone.findElement(By.tagName("html")).getAttribute("lang");
        WebElement current = phone.findElement(By.cssSelector(".lang-switch a[hreflang='" + lang + "']"));
        WebElement other = phone.findElement(By.cssSelector(".lang-switch a:not([hreflang='" + lang + "'])"));
        assertAll("open",
                () -> {
                    for (WebElement target : targets) {
                        assertTrue(target.isDisplayed(), target.getText());
                        assertTrue(target.getRect().height >= 44, target.getText() + ": " + target.getRect().height + " px");
                    }
                },
                () -> assertEquals("true", current.getAttribute("aria-current")),
                () -> assertNull(other.getAttribute("aria-current")));

        phone.findElement(By.cssSelector("a[href='/admin/users']")).click();
        wait.until(ExpectedConditions.urlContains("/admin/users"));
    }

    @Test
    void shouldKeepTheLinksInOneRowOnADesktop() {
        phone.manage().window().setSize(new Dimension(1280, 900));
        phone.get(root + "");
        assertAll(
                () -> assertFalse(phone.findElement(By.cssSelector(".nav-toggle")).isDisplayed()),
                () -> assertTrue(phone.findElement(By.cssSelector(".site-nav a[href='/practice']")).isDisplayed()),
                () -> assertTrue(phone.findElement(By.cssSelector(".lang-switch a")).getRect().height >= 44));
    }

    private static int centre(WebElement element) {
        return element.getRect().y + element.getRect().height / 2;
    }
}
