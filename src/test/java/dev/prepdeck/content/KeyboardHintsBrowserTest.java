package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
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

/**
 * Real Chromium as a touch screen (no hover, coarse pointer) and with a mouse: keyboard hints
 * ("Space", the grade keys, "press a–h") show only where a keyboard is likely, or once a key has been pressed.
 */
@QuarkusTest
@Tag("browser")
class KeyboardHintsBrowserTest {

    private static final String TOPIC = "tcp-time-wait";

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldHideKeyboardHintsOnATouchScreenUntilAKeyIsPressed() {
        open(Browser.TOUCH, "(hover: none) and (pointer: coarse)");
        WebElement reveal = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".practice-card .reveal")));
        assertHidden(reveal.findElement(By.tagName("kbd")));
        assertFalse(reveal.getText().contains("Space"), reveal.getText());

        WebElement choice = tapUntil("choice");
        WebElement hint = choice.findElement(By.cssSelector(".key-hint"));
        assertHidden(hint);
        choice.findElement(By.cssSelector(".practice-card .reveal")).click();
        WebElement good = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".practice-card .grades .good")));
        assertHidden(good.findElement(By.tagName("kbd")));

        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertAll("after a key press",
                () -> assertTrue(browser.findElement(By.tagName("html")).getAttribute("class").contains("keyboard-used")),
                () -> assertShown(good.findElement(By.tagName("kbd"))),
                () -> assertShown(hint));
    }

    @Test
    void shouldShowKeyboardHintsWithAMouse() {
        open(Browser.MOUSE, "(hover: hover) and (pointer: fine)");
        WebElement reveal = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".practice-card .reveal")));
        assertAll(
                () -> assertShown(reveal.findElement(By.tagName("kbd"))),
                () -> assertTrue(reveal.getText().contains("Space"), reveal.getText()));
        WebElement choice = tapUntil("choice");
        assertShown(choice.findElement(By.cssSelector(".key-hint")));
    }

    private void open(String pointer, String media) {
        browser = Browser.start(pointer);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(root + "topics/" + TOPIC + "/practice");
        assertTrue((Boolean) browser.executeScript("return matchMedia(arguments[0]).matches", media), media);
    }

    /** Goes through the practice cards by tapping Show answer and Good, never a key, until one of {@code kind}. */
    private WebElement tapUntil(String kind) {
        for (int i = 0; i < 40; i++) {
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card")));
            if (kind.equals(card.getAttribute("data-kind"))) {
                return card;
            }
            card.findElement(By.cssSelector(".reveal")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".practice-card .grades .good"))).click();
            wait.until(ExpectedConditions.stalenessOf(card));
        }
        throw new AssertionError("no " + kind + " card in " + TOPIC);
    }

    private static void assertHidden(WebElement element) {
        assertEquals("none", element.getCssValue("display"), "a keyboard hint on a touch screen: " + element.getText());
    }

    private static void assertShown(WebElement element) {
        assertNotEquals("none", element.getCssValue("display"));
        assertTrue(element.isDisplayed());
    }
}
